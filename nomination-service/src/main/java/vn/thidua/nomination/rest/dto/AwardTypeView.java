package vn.thidua.nomination.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.nomination.AwardCategory;
import vn.thidua.nomination.AwardLevel;
import vn.thidua.nomination.AwardSubject;

/** One award type of the catalogue. */
@Schema(name = "AwardTypeView", description = "An emulation title or commendation form of the catalogue")
public record AwardTypeView(
        @Schema(examples = "GOVERNMENT_EMULATION_FLAG") String code,
        @Schema(examples = "Cờ thi đua của Chính phủ") String nameVi,
        @Schema(examples = "Government Emulation Flag") String nameEn,
        AwardCategory category,
        AwardSubject subject,
        AwardLevel level,
        @Schema(description = "Law, decree and article the award type rests on") String legalBasis,
        @Schema(description = "Proposals one cluster-year may make by default, today; null when the award type has "
                + "no quota") Integer defaultQuotaPerClusterYear,
        @Schema(description = "The quota in force today, with its legal basis and validity; null when none")
        AwardQuotaView quota) {
}
