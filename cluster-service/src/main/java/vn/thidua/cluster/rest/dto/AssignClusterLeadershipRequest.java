package vn.thidua.cluster.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignClusterLeadershipRequest", description = "Chair (Cụm trưởng) and optional vice-chair (Cụm phó)")
public record AssignClusterLeadershipRequest(
        @Schema(examples = "08") @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String chairUnitCode,
        @Schema(examples = "17") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String viceChairUnitCode) {
}
