package vn.thidua.cluster.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplaceClusterRosterRequest", description = "The complete roster of a cluster-year")
public record ReplaceClusterRosterRequest(
        @Schema(examples = "[\"06\", \"08\", \"15\", \"17\", \"19\", \"24\", \"25\"]")
        @NotNull @Size(max = 500) List<@NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String> unitCodes) {
}
