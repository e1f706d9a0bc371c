package vn.thidua.nomination;

/** Documents of a dossier (hồ sơ); which ones an award type requires is in its catalogue entry. */
public enum DocumentType {
    /** Tờ trình. */
    SUBMISSION_LETTER,
    /** Báo cáo thành tích. */
    ACHIEVEMENT_REPORT,
    /** Biên bản bỏ phiếu suy tôn. */
    VOTE_MINUTES,
    /** Bảng chấm điểm. */
    SCORE_SHEET,
    OTHER
}
