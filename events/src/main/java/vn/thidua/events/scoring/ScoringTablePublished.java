package vn.thidua.events.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A scoring table became the cluster-year's table ({@code tableVersion}); {@code supersededTableId} is the version
 * it replaced, if any. Key: {@code clusterCode/year}, like the ranking events, so a cluster-year's events stay in order.
 */
@EventType(value = "vn.thidua.scoring.table-published.v1", topic = Topics.SCORING)
public record ScoringTablePublished(String tableId, String clusterCode, int year, int tableVersion, String title,
        BigDecimal maxTotal, List<String> tieBreak, String notApplicableRule, int criteriaCount,
        String supersededTableId, Instant publishedAt) implements EventPayload {
}
