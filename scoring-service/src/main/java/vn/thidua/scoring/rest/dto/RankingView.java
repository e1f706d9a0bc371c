package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a cluster-year's ranking; entries in rank order. */
@Schema(name = "RankingView")
public record RankingView(long tableId, String clusterCode, int year, int version,
        @Schema(description = "The amendment's reason; null for version 1") String reason, String createdBy,
        OffsetDateTime createdAt, int latestVersion, List<Entry> entries, List<Excluded> excluded) {

    @Schema(name = "RankingViewEntry")
    public record Entry(int rank, String unitCode,
            @Schema(description = "The ranked value: points (scaled under SHARE_OF_APPLICABLE) + bonus − penalty")
            BigDecimal total, BigDecimal points, BigDecimal bonus, BigDecimal penalty, BigDecimal applicableMax,
            @Schema(description = "What set this entry apart from the next: TOTAL, a tie-break rule, or SHARED")
            String decidedBy, boolean shared) {
    }

    @Schema(name = "ExcludedUnit")
    public record Excluded(String unitCode, String reason) {
    }
}
