package vn.thidua.cluster.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterUnitMergerRequest",
        description = "Units merged into a successor: the sources end the day before the effective date")
public record RegisterUnitMergerRequest(
        @Schema(examples = "2025-07-01") @NotNull LocalDate effectiveDate,
        @Schema(examples = "19") @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String successorCode,
        @Schema(examples = "[\"06\"]")
        @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String> sourceCodes) {
}
