package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** Cross appraisal by the secretariat: a reason wherever the points differ from the self score. */
@Schema(name = "AppraisalRequest")
public record AppraisalRequest(@NotNull @Size(max = 300) List<@Valid @NotNull Score> scores) {

    @Schema(name = "AppraisedScore")
    public record Score(
            @NotBlank @Size(max = 32) String criterionCode,
            @NotNull @Digits(integer = 6, fraction = 2) BigDecimal points,
            @Size(max = 2000) @FreeText String reason) {
    }
}
