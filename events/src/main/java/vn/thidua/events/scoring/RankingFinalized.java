package vn.thidua.events.scoring;

import java.time.Instant;
import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A cluster-year's ranking was finalised (version 1), in full: a consumer needs no earlier event.
 * Key: {@code clusterCode/year}.
 */
@EventType(value = "vn.thidua.scoring.ranking-finalized.v1", topic = Topics.SCORING)
public record RankingFinalized(String tableId, String clusterCode, int year, int version, List<RankingEntry> entries,
        Instant finalizedAt) implements EventPayload {

    public static String key(String clusterCode, int year) {
        return clusterCode + "/" + year;
    }
}
