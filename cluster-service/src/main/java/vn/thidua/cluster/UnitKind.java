package vn.thidua.cluster;

/** What a member unit is: a province, a centrally-run city, a ministry, a central agency, or something else. */
public enum UnitKind {
    PROVINCE, CITY, MINISTRY, AGENCY, OTHER
}
