package vn.thidua.nomination;

/** Where a nomination stands in the flow of domain.md (đề nghị → suy tôn → trình → thẩm định → quyết định). */
public enum NominationStatus {
    PROPOSED,
    /** Drafted from a tie at a quota's edge: every tied unit is proposed and the acclaim vote decides. */
    CONTESTED,
    ACCLAIMED,
    NOT_ACCLAIMED,
    SUBMITTED,
    RECEIVED,
    RETURNED_FOR_SUPPLEMENT,
    APPRAISED_ELIGIBLE,
    APPRAISED_INELIGIBLE,
    DECIDED_AWARDED,
    DECIDED_REJECTED,
    REVOKED,
    /**
     * A draft from a ranking that an amended ranking no longer puts within the quota (e.g. a tie the amendment
     * broke). Not a decision: the history says which amendment withdrew it.
     */
    WITHDRAWN;

    /** Still a draft of the cluster: the vote is open and an amended ranking may move it. */
    public boolean isOpenDraft() {
        return this == PROPOSED || this == CONTESTED;
    }
}
