package vn.thidua.nomination.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** A cluster-year's quota of an award type, with the decision or rule it rests on. */
public record SetQuotaRequest(@NotNull @Min(0) @Max(50) Integer perClusterYear,
        @NotBlank @FreeText @Size(max = 500) String legalBasis) {
}
