package vn.thidua.nomination;

/**
 * The two families of the Law on Emulation and Commendation 06/2022/QH15: emulation titles (danh hiệu thi đua,
 * e.g. the Government Emulation Flag) and commendation forms (hình thức khen thưởng: orders, certificates of merit).
 */
public enum AwardCategory {
    /** Danh hiệu thi đua. */
    TITLE,
    /** Hình thức khen thưởng. */
    FORM
}
