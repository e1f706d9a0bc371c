package vn.thidua.nomination;

/** The authority that confers an award type. */
public enum AwardLevel {
    /** The State President (Chủ tịch nước): orders, medals, State honorary titles. */
    STATE,
    /** The Government or the Prime Minister (Chính phủ, Thủ tướng Chính phủ). */
    GOVERNMENT,
    /** A minister, head of a central agency or chairman of a provincial People's Committee (bộ, ban, ngành, tỉnh). */
    MINISTRY_PROVINCE,
    /** Heads of grassroots agencies and units (cơ sở). */
    GRASSROOTS
}
