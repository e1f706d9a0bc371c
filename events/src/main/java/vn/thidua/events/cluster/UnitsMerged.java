package vn.thidua.events.cluster;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * Units merged into a successor; the sources ended the day before {@code effectiveDate}. Key:
 * {@code <successorCode>/merger-<id>} (one per merger, so topic compaction keeps every merger); subject: the
 * successor code.
 */
@EventType(value = "vn.thidua.cluster.units-merged.v1", topic = Topics.CLUSTER)
public record UnitsMerged(LocalDate effectiveDate, String successorCode, List<String> sourceCodes)
        implements EventPayload {
}
