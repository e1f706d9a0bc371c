package vn.thidua.events.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/** A member submitted its self-assessment (tự chấm) with these totals. Key: {@code clusterCode/year}. */
@EventType(value = "vn.thidua.scoring.assessment-submitted.v1", topic = Topics.SCORING)
public record AssessmentSubmitted(String tableId, String clusterCode, int year, String unitCode, BigDecimal total,
        BigDecimal bonus, BigDecimal penalty, Instant submittedAt) implements EventPayload {
}
