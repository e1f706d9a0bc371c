package vn.thidua.cluster.rest.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.MemberRole;

@Schema(name = "ClusterYearMemberView", description = "A member of a cluster-year and its role")
public record ClusterYearMemberView(
        String unitCode,
        String name,
        MemberRole role,
        @Schema(description = "Last day of the unit, when it has ended (e.g. merged mid-year)") LocalDate validTo,
        @Schema(description = "The unit it was merged into, if any") String successorCode) {
}
