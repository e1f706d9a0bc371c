package vn.thidua.events.conference;

import java.time.LocalDate;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A member unit signed the emulation pledge (giao ước thi đua) of a cluster-year, at a conference
 * ({@code conferenceId}) or later. {@code pledgeVersion} counts the signatures so far. Key:
 * {@code clusterCode/year/unitCode} (one signature per member).
 */
@EventType(value = "vn.thidua.conference.pledge-signed.v1", topic = Topics.CONFERENCE)
public record PledgeSigned(String clusterCode, int year, String unitCode, LocalDate signedOn, String conferenceId,
        long pledgeVersion) implements EventPayload {
}
