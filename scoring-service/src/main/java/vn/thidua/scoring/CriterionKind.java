package vn.thidua.scoring;

/** The kinds of node in a scoring table's criteria tree. */
public enum CriterionKind {
    /** A section (nhóm tiêu chí): its maximum is the sum of its SCORE and GROUP children. */
    GROUP,
    /** A scored leaf (tiêu chí chấm điểm) with its maximum. */
    SCORE,
    /** Bonus points (điểm thưởng), added outside the maxima; maxPoints is the cap. */
    BONUS,
    /** Penalty points (điểm trừ), subtracted outside the maxima; maxPoints is the cap. */
    PENALTY;

    /** GROUP and SCORE make up the maxima; BONUS and PENALTY sit outside them. */
    public boolean countsTowardsMaximum() {
        return this == GROUP || this == SCORE;
    }

    public boolean isLeaf() {
        return this != GROUP;
    }
}
