package vn.thidua.scoring.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.scoring.NotApplicableRule;
import vn.thidua.scoring.TieBreakRule;
import vn.thidua.support.web.FreeText;

/** The new structure of a DRAFT table; cluster and year do not change. */
@Schema(name = "ReviseScoringTableRequest")
public record ReviseScoringTableRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull @Size(max = 3) List<@NotNull TieBreakRule> tieBreak,
        NotApplicableRule notApplicableRule,
        @Size(max = 2000) @FreeText String notes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull ScoringCriterionInput> criteria) {
}
