package vn.thidua.cluster.events;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.LeadershipResolution;
import vn.thidua.cluster.Unit;
import vn.thidua.cluster.UnitMerger;
import vn.thidua.events.cluster.ClusterRegistered;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.cluster.UnitRegistered;
import vn.thidua.events.cluster.UnitsMerged;

/** Builds the payloads this service publishes on {@code thidua.cluster.v1}, and their record keys. */
public final class ClusterEvents {

    private ClusterEvents() {
    }

    /** Key of the cluster-year events: {@code clusterCode/year}, so each cluster-year's events stay in order. */
    public static String key(ClusterYear clusterYear) {
        return MembershipChanged.key(clusterYear.cluster.code, clusterYear.year);
    }

    public static UnitRegistered unitRegistered(Unit unit) {
        return new UnitRegistered(unit.code, unit.name, unit.kind.name(), unit.validFrom, unit.validTo);
    }

    /**
     * One key per merger, not the successor's code: the cluster topic is compacted by key, and a successor's code
     * also keys its unit-registered event and may receive several mergers, which must all stay on the topic.
     */
    public static String mergerKey(UnitMerger merger) {
        return merger.successor.code + "/merger-" + merger.id;
    }

    public static UnitsMerged unitsMerged(UnitMerger merger) {
        return new UnitsMerged(merger.effectiveDate, merger.successor.code, merger.sourceCodes());
    }

    public static ClusterRegistered clusterRegistered(Cluster cluster) {
        return new ClusterRegistered(cluster.code, cluster.name, cluster.nameEn, cluster.kind.name(),
                cluster.organizerLevel.name());
    }

    public static MembershipChanged membershipChanged(ClusterYear clusterYear) {
        return new MembershipChanged(clusterYear.cluster.code, clusterYear.year, clusterYear.memberCodes(),
                clusterYear.chairCode(), clusterYear.viceChairCode(), clusterYear.revision);
    }

    /** What this service did with a conference's leadership election (APPLIED or REJECTED with the rule). */
    public static LeadershipResolutionProcessed resolutionProcessed(LeadershipResolution record) {
        return new LeadershipResolutionProcessed(record.resolutionId, record.conferenceId, record.clusterCode,
                record.forYear, record.chairUnitCode, record.viceChairUnitCode, record.status.name(), record.rule,
                record.reason, record.clusterYearRevision);
    }

    public static LeadershipAssigned leadershipAssigned(ClusterYear clusterYear) {
        return new LeadershipAssigned(clusterYear.cluster.code, clusterYear.year, clusterYear.chairCode(),
                clusterYear.viceChairCode(), clusterYear.revision, clusterYear.leadershipResolutionId);
    }
}
