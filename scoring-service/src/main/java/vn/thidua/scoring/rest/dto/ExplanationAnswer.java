package vn.thidua.scoring.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** The unit's answers, one per criterion it was asked about. */
@Schema(name = "ExplanationAnswer")
public record ExplanationAnswer(@NotEmpty @Size(max = 300) List<@Valid @NotNull Answer> answers) {

    @Schema(name = "CriterionExplanation")
    public record Answer(@NotBlank @Size(max = 32) String criterionCode,
            @NotBlank @Size(max = 4000) @FreeText String text) {
    }
}
