package vn.thidua.cluster;

/** Who organises a cluster: the Central Council, a ministry, or a province (for its internal clusters). */
public enum OrganizerLevel {
    CENTRAL, MINISTRY, PROVINCE
}
