package vn.thidua.scoring;

/** DRAFT (structure editable) → PUBLISHED (frozen, the cluster-year's table) → SUPERSEDED (by a newer version). */
public enum ScoringTableStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
