package vn.thidua.events.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * The secretariat appraised a member's assessment (thẩm định chéo); {@code round} is 1 for the first appraisal and
 * grows after each explanation; {@code changedCriteria} counts the criteria whose points differ from the self score.
 * Key: {@code clusterCode/year}.
 */
@EventType(value = "vn.thidua.scoring.assessment-appraised.v1", topic = Topics.SCORING)
public record AssessmentAppraised(String tableId, String clusterCode, int year, String unitCode, int round,
        BigDecimal total, BigDecimal bonus, BigDecimal penalty, int changedCriteria, Instant appraisedAt)
        implements EventPayload {
}
