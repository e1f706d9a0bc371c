package vn.thidua.scoring;

/**
 * How a table ranks a unit for which some criteria were declared not applicable (they leave that unit's maximum).
 */
public enum NotApplicableRule {
    /** On its points as they are: the unit simply cannot earn the points of the criteria it does not have. */
    POINTS,
    /**
     * On its share of the maximum still applicable to it: its points are scaled to the table's full maximum
     * ({@code points × maxTotal / applicableMax}, two decimals, half-up), then bonus and penalty apply.
     */
    SHARE_OF_APPLICABLE
}
