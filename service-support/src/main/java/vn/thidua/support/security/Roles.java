package vn.thidua.support.security;

/**
 * The suite's roles (token claim {@code groups}) and the claims that scope them. See shared/architecture.md.
 */
public final class Roles {

    /** Units, mergers, clusters, rosters, leadership, the award catalogue and quotas, dossiers. */
    public static final String CENTRAL_BOARD = "central-board";
    /** Acts for the one cluster named by its {@value #CLUSTER_CLAIM} claim. */
    public static final String CLUSTER_SECRETARIAT = "cluster-secretariat";
    /** Acts for the one unit named by its {@value #UNIT_CLAIM} claim. */
    public static final String MEMBER_UNIT = "member-unit";

    public static final String CLUSTER_CLAIM = "cluster";
    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
