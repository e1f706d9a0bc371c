package vn.thidua.cluster.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.MemberRole;

@Schema(name = "UnitMembershipView", description = "A cluster-year a unit belongs to, with its role")
public record UnitMembershipView(
        String unitCode,
        String clusterCode,
        String clusterName,
        int year,
        MemberRole role) {
}
