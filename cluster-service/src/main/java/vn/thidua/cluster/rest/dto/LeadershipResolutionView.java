package vn.thidua.cluster.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.LeadershipResolution;

@Schema(name = "LeadershipResolutionView",
        description = "A conference's leadership election received from event-service and what came of it")
public record LeadershipResolutionView(
        String resolutionId,
        String conferenceId,
        String clusterCode,
        Integer forYear,
        String chairUnitCode,
        String viceChairUnitCode,
        LocalDate adoptedOn,
        LeadershipResolution.Status status,
        @Schema(description = "Rule that refused it, e.g. CHAIR_NOT_MEMBER") String rule,
        String reason,
        Instant receivedAt) {
}
