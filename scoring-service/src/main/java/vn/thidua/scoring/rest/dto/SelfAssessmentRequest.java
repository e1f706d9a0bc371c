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

/** A member's self-assessment (tự chấm): the listed criteria are set, the others kept; {@code submit} ends it. */
@Schema(name = "SelfAssessmentRequest")
public record SelfAssessmentRequest(
        @NotNull @Size(max = 300) List<@Valid @NotNull Score> scores,
        @Schema(description = "true: submit (every applicable SCORE criterion must then be scored); "
                + "false or absent: save as draft") Boolean submit) {

    @Schema(name = "SelfScore")
    public record Score(
            @NotBlank @Size(max = 32) String criterionCode,
            @Digits(integer = 6, fraction = 2) @Schema(description = "Absent for a target-based criterion")
            BigDecimal points,
            @Digits(integer = 14, fraction = 2) @Schema(description = "The unit's result, for a target-based "
                    + "criterion: its points follow from the registered target") BigDecimal result,
            @Size(max = 4000) @FreeText @Schema(description = "Evidence note (minh chứng)") String note,
            @Size(max = 20) @Schema(description = "Documents supporting the score, by URL or document id")
            List<@NotBlank @Size(max = 190) String> evidence) {
    }
}
