package vn.thidua.cluster.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.UnitKind;

@Schema(name = "RegisterUnitRequest", description = "A new member unit (province, city, ministry, agency)")
public record RegisterUnitRequest(
        @Schema(examples = "06", description = "Natural key; for provinces the national administrative code")
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @Schema(examples = "Bắc Kạn", description = "Vietnamese name; stored in Unicode NFC")
        @NotBlank @Size(max = 300) String name,
        @NotNull UnitKind kind,
        @Schema(description = "First day the unit exists; absent when before the data's horizon") LocalDate validFrom,
        @Schema(description = "Last day the unit exists; absent while it exists") LocalDate validTo) {
}
