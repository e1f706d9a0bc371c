package vn.thidua.events.cluster;

import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * The roster of a cluster-year, in full, so that a consumer never needs an earlier event.
 * Key: {@code clusterCode/year}. {@code revision} grows with every change of the cluster-year.
 */
@EventType(value = "vn.thidua.cluster.membership-changed.v1", topic = Topics.CLUSTER)
public record MembershipChanged(String clusterCode, int year, List<String> unitCodes, String chairUnitCode,
        String viceChairUnitCode, long revision) implements EventPayload {

    public static String key(String clusterCode, int year) {
        return clusterCode + "/" + year;
    }
}
