package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.TargetRule;

/** One criterion of a proposed table, with its children (GROUP only). */
@Schema(name = "ScoringCriterionInput")
public record ScoringCriterionInput(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "letters, digits, '.', '-' and '_' only") @Schema(examples = "I.1") String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Tăng trưởng tổng sản phẩm trên địa bàn (GRDP)") String title,
        @NotNull CriterionKind kind,
        @NotNull @Digits(integer = 6, fraction = 2)
        @Schema(description = "Maximum points; for BONUS and PENALTY the cap. A GROUP's maximum is the sum of its "
                + "SCORE and GROUP children.", examples = "20") BigDecimal maxPoints,
        @Size(max = 200) @Schema(description = "Children of a GROUP; absent or empty for the other kinds")
        List<@Valid @NotNull ScoringCriterionInput> children,
        @Schema(description = "Set on a SCORE criterion scored against each unit's registered target (chỉ tiêu)")
        TargetRule targetRule) {
}
