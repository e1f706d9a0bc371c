package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Preparatory session (phiên họp trù bị), mid-year review (hội nghị sơ kết), annual review (hội nghị tổng kết). */
@Schema(name = "ConferenceKind")
public enum ConferenceKind {
    PREPARATORY_SESSION("Phiên họp trù bị"), MID_YEAR_REVIEW("Hội nghị sơ kết"), ANNUAL_REVIEW("Hội nghị tổng kết");

    public final String labelVi;

    ConferenceKind(String labelVi) {
        this.labelVi = labelVi;
    }
}
