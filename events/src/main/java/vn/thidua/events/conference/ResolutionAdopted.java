package vn.thidua.events.conference;

import java.time.LocalDate;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A conference adopted a resolution (nghị quyết / kết luận hội nghị). {@code kind} is one of ELECT_LEADERSHIP,
 * HAND_OVER_FLAG, SUPPORT_FUNDS, AWARDS_PRESENTED; the other fields apply by kind. Key: {@code clusterCode/forYear}
 * for leadership, else the conference id.
 */
@EventType(value = "vn.thidua.conference.resolution-adopted.v1", topic = Topics.CONFERENCE)
public record ResolutionAdopted(String resolutionId, String conferenceId, String clusterCode, String kind,
        Integer forYear, String chairUnitCode, String viceChairUnitCode, String fromUnitCode, String toUnitCode,
        Long amountVnd, String note, LocalDate adoptedOn) implements EventPayload {
}
