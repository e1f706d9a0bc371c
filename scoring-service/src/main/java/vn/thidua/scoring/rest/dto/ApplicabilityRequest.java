package vn.thidua.scoring.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** The criteria not applicable to one unit, each with its reason; replaces the unit's earlier list. */
@Schema(name = "ApplicabilityRequest")
public record ApplicabilityRequest(@NotNull @Size(max = 300) List<@Valid @NotNull Item> notApplicable) {

    @Schema(name = "NotApplicableCriterion")
    public record Item(@NotBlank @Size(max = 32) String criterionCode,
            @NotBlank @Size(max = 2000) @FreeText String reason) {
    }
}
