package vn.thidua.nomination;

/** The member unit itself (the Government flag through a central cluster goes only to it), or one of its own. */
public enum NomineeKind {
    UNIT,
    COLLECTIVE,
    INDIVIDUAL
}
