package vn.thidua.nomination;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.thidua.support.security.Roles;

/**
 * The steps of the workflow, who takes each and from which statuses. The cluster's secretariat closes its vote and
 * sends the dossier up (SUBMIT, RESUBMIT); the Central Board (Ban Thi đua - Khen thưởng Trung ương) receives,
 * returns, appraises, records the Prime Minister's decision and a revocation.
 */
public enum NominationAction {
    CLOSE_VOTE(Roles.CLUSTER_SECRETARIAT, Set.of(NominationStatus.PROPOSED, NominationStatus.CONTESTED)),
    SUBMIT(Roles.CLUSTER_SECRETARIAT, Set.of(NominationStatus.ACCLAIMED)),
    RECEIVE(Roles.CENTRAL_BOARD, Set.of(NominationStatus.SUBMITTED)),
    RETURN(Roles.CENTRAL_BOARD, Set.of(NominationStatus.RECEIVED)),
    RESUBMIT(Roles.CLUSTER_SECRETARIAT, Set.of(NominationStatus.RETURNED_FOR_SUPPLEMENT)),
    APPRAISE_ELIGIBLE(Roles.CENTRAL_BOARD, Set.of(NominationStatus.RECEIVED)),
    APPRAISE_INELIGIBLE(Roles.CENTRAL_BOARD, Set.of(NominationStatus.RECEIVED)),
    DECIDE_AWARDED(Roles.CENTRAL_BOARD, Set.of(NominationStatus.APPRAISED_ELIGIBLE)),
    DECIDE_REJECTED(Roles.CENTRAL_BOARD, Set.of(NominationStatus.APPRAISED_ELIGIBLE,
            NominationStatus.APPRAISED_INELIGIBLE)),
    REVOKE(Roles.CENTRAL_BOARD, Set.of(NominationStatus.DECIDED_AWARDED));

    private final String role;
    private final Set<NominationStatus> from;

    NominationAction(String role, Set<NominationStatus> from) {
        this.role = role;
        this.from = from;
    }

    /** The role that takes this step. */
    public String role() {
        return role;
    }

    public boolean allowedFrom(NominationStatus status) {
        return from.contains(status);
    }

    /** The actions a nomination in {@code status} allows, in workflow order. */
    public static List<NominationAction> allowedIn(NominationStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }

    /** The status after this step (CLOSE_VOTE depends on the vote's result: see {@link AcclaimVotePolicy}). */
    public NominationStatus target() {
        return switch (this) {
            case CLOSE_VOTE -> throw new IllegalStateException("the vote decides");
            case SUBMIT, RESUBMIT -> NominationStatus.SUBMITTED;
            case RECEIVE -> NominationStatus.RECEIVED;
            case RETURN -> NominationStatus.RETURNED_FOR_SUPPLEMENT;
            case APPRAISE_ELIGIBLE -> NominationStatus.APPRAISED_ELIGIBLE;
            case APPRAISE_INELIGIBLE -> NominationStatus.APPRAISED_INELIGIBLE;
            case DECIDE_AWARDED -> NominationStatus.DECIDED_AWARDED;
            case DECIDE_REJECTED -> NominationStatus.DECIDED_REJECTED;
            case REVOKE -> NominationStatus.REVOKED;
        };
    }
}
