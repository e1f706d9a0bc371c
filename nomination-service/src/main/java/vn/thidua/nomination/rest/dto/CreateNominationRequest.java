package vn.thidua.nomination.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;
import vn.thidua.support.web.ValidYear;

/** A nomination entered by hand (e.g. the chair province's certificates to collectives and individuals). */
public record CreateNominationRequest(@NotBlank @Size(max = 64) String clusterCode, @NotNull @ValidYear Integer year,
        @NotBlank @Size(max = 64) String awardType, @NotNull @Valid NomineeInput nominee,
        @FreeText @Size(max = 2000) String basis) {
}
