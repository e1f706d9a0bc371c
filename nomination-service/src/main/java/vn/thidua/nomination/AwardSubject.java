package vn.thidua.nomination;

/** Who may receive an award type: collectives (tập thể, e.g. a member province), individuals (cá nhân), or both. */
public enum AwardSubject {
    COLLECTIVE,
    INDIVIDUAL,
    BOTH;

    /** Whether an award for this subject can go to a recipient of {@code wanted} ({@code BOTH} serves either). */
    public boolean serves(AwardSubject wanted) {
        return this == wanted || this == BOTH;
    }
}
