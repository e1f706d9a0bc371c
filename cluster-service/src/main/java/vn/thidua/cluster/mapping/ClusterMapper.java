package vn.thidua.cluster.mapping;

import java.util.List;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.LeadershipResolution;
import vn.thidua.cluster.Membership;
import vn.thidua.cluster.Unit;
import vn.thidua.cluster.UnitMerger;
import vn.thidua.cluster.rest.dto.ClusterView;
import vn.thidua.cluster.rest.dto.ClusterYearMemberView;
import vn.thidua.cluster.rest.dto.ClusterYearView;
import vn.thidua.cluster.rest.dto.LeadershipResolutionView;
import vn.thidua.cluster.rest.dto.UnitMembershipView;
import vn.thidua.cluster.rest.dto.UnitMergerView;
import vn.thidua.cluster.rest.dto.UnitView;

/** Entities to the views of the public API. */
public final class ClusterMapper {

    private ClusterMapper() {
    }

    public static UnitView toView(Unit unit, List<String> predecessorCodes) {
        return new UnitView(unit.code, unit.name, unit.kind, unit.validFrom, unit.validTo, unit.successorCode(),
                predecessorCodes, unit.version);
    }

    public static UnitMergerView toView(UnitMerger merger) {
        return new UnitMergerView(merger.id, merger.effectiveDate, merger.successor.code, merger.sourceCodes(),
                merger.createdAt);
    }

    public static ClusterView toView(Cluster cluster, List<Integer> years) {
        return new ClusterView(cluster.code, cluster.name, cluster.nameEn, cluster.kind, cluster.organizerLevel,
                years, cluster.version);
    }

    public static ClusterYearView toView(ClusterYear clusterYear) {
        List<ClusterYearMemberView> members = clusterYear.memberUnits().stream()
                .map(u -> new ClusterYearMemberView(u.code, u.name, clusterYear.roleOf(u), u.validTo, u.successorCode()))
                .toList();
        return new ClusterYearView(clusterYear.cluster.code, clusterYear.year, members, clusterYear.chairCode(),
                clusterYear.viceChairCode(), clusterYear.suggestedChairCode().orElse(null),
                clusterYear.leadershipResolutionId, clusterYear.revision);
    }

    public static UnitMembershipView toView(Membership membership) {
        ClusterYear clusterYear = membership.clusterYear;
        return new UnitMembershipView(membership.unit.code, clusterYear.cluster.code, clusterYear.cluster.name,
                clusterYear.year, clusterYear.roleOf(membership.unit));
    }

    public static LeadershipResolutionView toView(LeadershipResolution r) {
        return new LeadershipResolutionView(r.resolutionId, r.conferenceId, r.clusterCode, r.forYear, r.chairUnitCode,
                r.viceChairUnitCode, r.adoptedOn, r.status, r.rule, r.reason, r.receivedAt);
    }
}
