package vn.thidua.cluster.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.OrganizerLevel;

@Schema(name = "RegisterClusterRequest", description = "A new emulation cluster (Cụm) or bloc (Khối)")
public record RegisterClusterRequest(
        @Schema(examples = "TDMNPB") @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @Schema(examples = "Cụm thi đua các tỉnh Trung du và miền núi phía Bắc") @NotBlank @Size(max = 300) String name,
        @Schema(examples = "Northern Midlands and Mountains Provinces Emulation Cluster") @Size(max = 300) String nameEn,
        @NotNull ClusterKind kind,
        @NotNull OrganizerLevel organizerLevel) {
}
