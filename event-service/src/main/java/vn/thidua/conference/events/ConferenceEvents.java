package vn.thidua.conference.events;

import java.time.Instant;

import vn.thidua.conference.Conference;
import vn.thidua.conference.PledgeSignature;
import vn.thidua.conference.Resolution;
import vn.thidua.conference.ResolutionKind;
import vn.thidua.events.EventPayload;
import vn.thidua.events.conference.ConferenceCancelled;
import vn.thidua.events.conference.ConferenceClosed;
import vn.thidua.events.conference.ConferenceHeld;
import vn.thidua.events.conference.ConferenceScheduled;
import vn.thidua.events.conference.PledgeSigned;
import vn.thidua.events.conference.ResolutionAdopted;

/** Builds the payloads this service publishes on {@code thidua.conference.v1}, and their record keys. */
public final class ConferenceEvents {

    private ConferenceEvents() {
    }

    /** The event of the conference's current status (scheduled, held, cancelled, closed); key = its id. */
    public static EventPayload statusChanged(Conference c) {
        Instant now = Instant.now();
        String kind = c.kind.name();
        String status = c.status.name();
        return switch (c.status) {
            case SCHEDULED -> new ConferenceScheduled(c.id, c.clusterCode, kind, c.seasonYear, c.hostUnitCode,
                    c.location, c.startsAt, status, c.statusReason, c.annualReviewId, now);
            case HELD -> new ConferenceHeld(c.id, c.clusterCode, kind, c.seasonYear, c.hostUnitCode, c.location,
                    c.startsAt, status, c.statusReason, c.annualReviewId, now);
            case CANCELLED -> new ConferenceCancelled(c.id, c.clusterCode, kind, c.seasonYear, c.hostUnitCode,
                    c.location, c.startsAt, status, c.statusReason, c.annualReviewId, now);
            case CLOSED -> new ConferenceClosed(c.id, c.clusterCode, kind, c.seasonYear, c.hostUnitCode, c.location,
                    c.startsAt, status, c.statusReason, c.annualReviewId, now);
        };
    }

    /**
     * Key of a resolution: {@code clusterCode/forYear} for an election (successive elections of one year stay in
     * order for cluster-service), else the resolution's id.
     */
    public static String key(Resolution r) {
        return r.kind == ResolutionKind.ELECT_LEADERSHIP ? r.conference.clusterCode + "/" + r.forYear : r.id;
    }

    public static ResolutionAdopted resolutionAdopted(Resolution r) {
        return new ResolutionAdopted(r.id, r.conference.id, r.conference.clusterCode, r.kind.name(), r.forYear,
                r.chairUnitCode, r.viceChairUnitCode, r.fromUnitCode, r.toUnitCode, r.amountVnd, r.note, r.adoptedOn,
                r.purpose, r.beneficiaries.isEmpty() ? null : r.beneficiaries, r.collectivesCount,
                r.individualsCount, r.nominationIds.isEmpty() ? null : r.nominationIds);
    }

    /** Key: {@code clusterCode/year/unitCode}, one per signature. */
    public static String key(PledgeSignature s) {
        return s.pledge.clusterCode + "/" + s.pledge.year + "/" + s.unitCode;
    }

    public static PledgeSigned pledgeSigned(PledgeSignature s) {
        return new PledgeSigned(s.pledge.clusterCode, s.pledge.year, s.unitCode, s.signedOn, s.conferenceId,
                s.pledge.version);
    }
}
