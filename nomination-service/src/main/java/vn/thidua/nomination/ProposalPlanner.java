package vn.thidua.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units of a ranking the quotas let a cluster-year propose, award by award in order of distinction (by default
 * rank 1 → the Government Emulation Flag, rank 2 → the PM's Certificate of Merit). Units are taken by rank group
 * (tied units share a rank); a group that does not fit whole into what is left of a quota is drafted whole as
 * CONTESTED, for the acclaim vote to decide, and fills that quota: a tie is never broken here and no tied unit is
 * dropped. Each unit is proposed for one award at most.
 */
public final class ProposalPlanner {

    /** One line of a ranking, as the planner needs it. */
    public record Ranked(int rank, String unitCode) {
    }

    /** An award type and how many proposals the cluster-year may make of it. */
    public record Quota(String awardType, int count) {
    }

    /** A draft to make: {@code contested} when its rank group overflowed the quota. */
    public record Planned(String awardType, String unitCode, int rank, boolean contested) {
    }

    private ProposalPlanner() {
    }

    public static List<Planned> plan(List<Ranked> ranking, List<Quota> quotas) {
        Map<Integer, List<Ranked>> groups = new LinkedHashMap<>();
        ranking.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                .forEach(r -> groups.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r));
        List<List<Ranked>> remaining = new ArrayList<>(groups.values());
        List<Planned> planned = new ArrayList<>();
        for (Quota quota : quotas) {
            int left = quota.count();
            while (left > 0 && !remaining.isEmpty()) {
                List<Ranked> group = remaining.remove(0);
                boolean contested = group.size() > left;
                for (Ranked r : group) {
                    planned.add(new Planned(quota.awardType(), r.unitCode(), r.rank(), contested));
                }
                left = contested ? 0 : left - group.size();
            }
        }
        return planned;
    }
}
