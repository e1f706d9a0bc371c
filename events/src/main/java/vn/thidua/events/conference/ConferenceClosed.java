package vn.thidua.events.conference;

import java.time.Instant;
import java.time.OffsetDateTime;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A held conference was closed (status CLOSED): its record is complete. One type per step of the conference's life (scheduled, held, cancelled, closed), all with the same
 * fields: the conference's state after the step ({@code reason} is set on cancellation). Key: {@code conferenceId},
 * so a conference's steps stay in order.
 */
@EventType(value = "vn.thidua.conference.closed.v1", topic = Topics.CONFERENCE)
public record ConferenceClosed(String conferenceId, String clusterCode, String kind, int seasonYear, String hostUnitCode,
        String location, OffsetDateTime startsAt, String status, String reason, String annualReviewId,
        Instant occurredAt) implements EventPayload {
}
