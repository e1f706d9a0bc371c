package vn.thidua.nomination;

/** Drafted from a finalised ranking, or entered by hand (e.g. the chair province's own certificates). */
public enum NominationOrigin {
    RANKING,
    MANUAL
}
