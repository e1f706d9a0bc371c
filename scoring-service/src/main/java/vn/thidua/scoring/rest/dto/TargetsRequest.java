package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member's registered targets (đăng ký chỉ tiêu) for the table's target-based criteria; replaces earlier ones. */
@Schema(name = "TargetsRequest")
public record TargetsRequest(@NotNull @Size(max = 300) List<@Valid @NotNull Target> targets) {

    @Schema(name = "Target")
    public record Target(@NotBlank @Size(max = 32) String criterionCode,
            @NotNull @Digits(integer = 14, fraction = 2) BigDecimal target) {
    }
}
