package vn.thidua.cluster.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterYearView", description = "One year of a cluster: roster and leadership")
public record ClusterYearView(
        String clusterCode,
        int year,
        List<ClusterYearMemberView> members,
        String chairUnitCode,
        String viceChairUnitCode,
        @Schema(description = "Last year's vice-chair when still a member this year (custom, not a rule)")
        String suggestedChairUnitCode,
        @Schema(description = "Resolution that elected the current leadership, when it came from a conference")
        String leadershipResolutionId,
        @Schema(description = "Number of changes, as in the ETag and the events' revision") long revision) {
}
