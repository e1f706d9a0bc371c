package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;

/** A decided award, as published. */
public record PublicAwardView(String nominationId, String clusterCode, int year, String awardType,
        String awardNameVi, String awardNameEn, NomineeView nominee, String decisionNumber, LocalDate decisionDate) {
}
