package vn.thidua.events.scoring;

import java.time.Instant;
import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A finalised ranking was corrected: {@code version} is the new ranking, in full; {@code previousVersion} stays
 * readable. Key: {@code clusterCode/year}, like {@link RankingFinalized}, so the two stay in order.
 */
@EventType(value = "vn.thidua.scoring.ranking-amended.v1", topic = Topics.SCORING)
public record RankingAmended(String tableId, String clusterCode, int year, int version, int previousVersion,
        String reason, List<RankingEntry> entries, Instant amendedAt) implements EventPayload {
}
