package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.nomination.AwardCategory;
import vn.thidua.nomination.AwardLevel;
import vn.thidua.nomination.AwardSubject;
import vn.thidua.nomination.DocumentType;

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
        AwardQuotaView quota,
        @Schema(description = "Documents the dossier must hold before submission") List<DocumentType> requiredDocuments,
        @Schema(description = "Working days the nominees are published for public comment before submission; null: "
                + "none") Integer publicCommentWorkingDays,
        LocalDate validFrom,
        @Schema(description = "Last day the award type can be proposed; null while in force") LocalDate validTo) {
}
