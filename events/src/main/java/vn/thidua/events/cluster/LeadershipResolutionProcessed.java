package vn.thidua.events.cluster;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * What cluster-service did with a conference's leadership election ({@code resolution-adopted}, kind
 * ELECT_LEADERSHIP): {@code status} APPLIED (the cluster-year's leadership is the elected one; also when it already
 * was, so no leadership-assigned followed) or REJECTED with the {@code rule} that refused it (e.g.
 * CHAIR_NOT_MEMBER) and a {@code reason}. One outcome type for both cases, so the conference learns either way.
 * Key: {@code clusterCode/forYear/resolution-<resolutionId>}, one key per resolution (the topic is compacted and the
 * cluster-year's own key must keep its membership-changed).
 */
@EventType(value = "vn.thidua.cluster.leadership-resolution-processed.v1", topic = Topics.CLUSTER)
public record LeadershipResolutionProcessed(String resolutionId, String conferenceId, String clusterCode,
        Integer forYear, String chairUnitCode, String viceChairUnitCode, String status, String rule, String reason,
        Long clusterYearRevision) implements EventPayload {

    public static String key(String clusterCode, Integer forYear, String resolutionId) {
        return clusterCode + "/" + forYear + "/resolution-" + resolutionId;
    }
}
