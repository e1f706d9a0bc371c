package vn.thidua.events.cluster;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * The chair (Cụm trưởng) and vice-chair (Cụm phó) of a cluster-year were set, by the API or by a conference
 * resolution ({@code resolutionId} then names it). Key: {@code clusterCode/year}.
 */
@EventType(value = "vn.thidua.cluster.leadership-assigned.v1", topic = Topics.CLUSTER)
public record LeadershipAssigned(String clusterCode, int year, String chairUnitCode, String viceChairUnitCode,
        long revision, String resolutionId) implements EventPayload {
}
