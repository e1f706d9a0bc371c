package vn.thidua.scoring.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.scoring.NotApplicableRule;
import vn.thidua.scoring.TieBreakRule;
import vn.thidua.support.web.FreeText;

/** A new scoring table (DRAFT) for a cluster-year. */
@Schema(name = "CreateScoringTableRequest")
public record CreateScoringTableRequest(
        @NotBlank @Size(max = 64) String clusterCode,
        @NotNull @Min(1945) @Max(2100) Integer year,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Size(max = 3) @Schema(description = "Rules applied in order to members with equal totals; each "
                + "once, ending with SHARED", examples = "[\"BONUS_DESC\", \"PENALTY_ASC\", \"SHARED\"]")
        List<@NotNull TieBreakRule> tieBreak,
        @Schema(description = "How units with criteria not applicable to them are ranked; default POINTS")
        NotApplicableRule notApplicableRule,
        @Size(max = 2000) @FreeText @Schema(description = "Notes, e.g. that the scores are illustrative") String notes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull ScoringCriterionInput> criteria) {
}
