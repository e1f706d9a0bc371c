package vn.thidua.scoring.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** A member left out of this year's ranking, with the reason. */
@Schema(name = "ExclusionRequest")
public record ExclusionRequest(@NotBlank @Size(max = 32) String unitCode,
        @NotBlank @Size(max = 2000) @FreeText String reason) {
}
