package vn.thidua.scoring;

/**
 * How a table separates members with equal final totals, applied in the table's order. A tie is never broken
 * silently: the ranking records which rule decided, and SHARED (equal rank) closes every policy.
 */
public enum TieBreakRule {
    /** More bonus points rank higher. */
    BONUS_DESC,
    /** Fewer penalty points rank higher. */
    PENALTY_ASC,
    /** Whoever is still tied shares the rank. */
    SHARED
}
