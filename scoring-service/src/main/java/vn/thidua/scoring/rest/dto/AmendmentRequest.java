package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** A correction of a finalised ranking: new final points, each with its reason; gives the next ranking version. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(@NotBlank @Size(max = 2000) @FreeText String reason,
        @NotEmpty @Size(max = 300) List<@Valid @NotNull Change> changes) {

    @Schema(name = "AmendmentChange")
    public record Change(@NotBlank @Size(max = 32) String unitCode, @NotBlank @Size(max = 32) String criterionCode,
            @NotNull @Digits(integer = 6, fraction = 2) BigDecimal points,
            @NotBlank @Size(max = 2000) @FreeText String reason) {
    }
}
