package vn.thidua.cluster;

/** A cluster (Cụm thi đua) groups provinces or units; a bloc (Khối thi đua) groups ministries or agencies. */
public enum ClusterKind {
    CLUSTER, BLOC
}
