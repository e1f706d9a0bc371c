package vn.thidua.cluster.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.OrganizerLevel;

@Schema(name = "ClusterView", description = "An emulation cluster or bloc")
public record ClusterView(
        String code,
        String name,
        String nameEn,
        ClusterKind kind,
        OrganizerLevel organizerLevel,
        @Schema(description = "Years that have a roster") List<Integer> years,
        @Schema(description = "Version, as in the ETag") long version) {
}
