package vn.thidua.scoring;

/**
 * A member's assessment: DRAFT → SELF_SUBMITTED (tự chấm) → APPRAISED (thẩm định chéo) → optional
 * EXPLANATION_REQUESTED → EXPLAINED (giải trình) → APPRAISED again → FINALIZED (locked with the ranking).
 * EXCLUDED: left out of this year's ranking by the secretariat, with a reason.
 */
public enum AssessmentStatus {
    DRAFT,
    SELF_SUBMITTED,
    APPRAISED,
    EXPLANATION_REQUESTED,
    EXPLAINED,
    FINALIZED,
    EXCLUDED
}
