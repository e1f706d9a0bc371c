package vn.thidua.conference.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.conference.ResolutionKind;
import vn.thidua.support.web.FreeText;
import vn.thidua.support.web.ValidYear;

/**
 * A resolution of a HELD conference. By kind: ELECT_LEADERSHIP forYear (the next year), chairUnitCode,
 * viceChairUnitCode?; HAND_OVER_FLAG fromUnitCode, toUnitCode; SUPPORT_FUNDS amountVnd, purpose?, beneficiaries?;
 * AWARDS_PRESENTED collectivesCount, individualsCount, nominationIds?.
 */
@Schema(name = "AdoptResolutionRequest")
public record AdoptResolutionRequest(
        @NotNull ResolutionKind kind,
        @ValidYear Integer forYear,
        @Size(max = 32) String chairUnitCode,
        @Size(max = 32) String viceChairUnitCode,
        @Size(max = 32) String fromUnitCode,
        @Size(max = 32) String toUnitCode,
        @Schema(description = "VND, e.g. 350000000") Long amountVnd,
        @FreeText @Size(max = 2000) String purpose,
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> beneficiaries,
        Integer collectivesCount,
        Integer individualsCount,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> nominationIds,
        @FreeText @Size(max = 2000) String note) {
}
