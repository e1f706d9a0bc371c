package vn.thidua.events.cluster;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/** An emulation cluster (Cụm) or bloc (Khối) was registered. Key: the cluster code. */
@EventType(value = "vn.thidua.cluster.cluster-registered.v1", topic = Topics.CLUSTER)
public record ClusterRegistered(String code, String name, String nameEn, String kind, String organizerLevel)
        implements EventPayload {
}
