package vn.thidua.conference.rest;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.conference.AnnouncedNomination;
import vn.thidua.conference.Attendee;
import vn.thidua.conference.Conference;
import vn.thidua.conference.Person;
import vn.thidua.conference.Resolution;
import vn.thidua.conference.rest.dto.AdoptResolutionRequest;
import vn.thidua.conference.rest.dto.ConferenceAttendeeInput;
import vn.thidua.conference.rest.dto.ConferencePersonInput;
import vn.thidua.conference.rest.dto.ConferenceViews.AnnouncedNominationView;
import vn.thidua.conference.rest.dto.ConferenceViews.AttendeeView;
import vn.thidua.conference.rest.dto.ConferenceViews.ConferenceView;
import vn.thidua.conference.rest.dto.ConferenceViews.PaperView;
import vn.thidua.conference.rest.dto.ConferenceViews.PersonView;
import vn.thidua.conference.rest.dto.ConferenceViews.ResolutionView;
import vn.thidua.conference.service.ConferenceService.ConferenceStanding;

final class ConferenceMapper {

    private static final ObjectMapper VOTES = new ObjectMapper();

    private ConferenceMapper() {
    }

    static ConferenceView toView(ConferenceStanding standing, ZoneId zone) {
        Conference c = standing.conference();
        return new ConferenceView(c.id, c.clusterCode, c.kind, c.seasonYear, c.hostUnitCode, c.location,
                c.startsAt.atZoneSameInstant(zone).toOffsetDateTime(), c.status, c.statusReason, c.annualReviewId,
                persons(c.presiding), persons(c.guests),
                c.attendance == null ? null
                        : c.attendance.stream().map(a -> new AttendeeView(a.unitCode(), persons(a.delegates())))
                                .toList(),
                c.attendance == null ? null : standing.absent(),
                c.papers.stream().map(p -> new PaperView(p.unitCode, p.title, p.presenter)).toList(),
                c.resolutions.stream().map(ConferenceMapper::toView).toList(),
                standing.results().isEmpty() ? null
                        : standing.results().stream().map(ConferenceMapper::toView).toList(),
                c.version);
    }

    static ResolutionView toView(Resolution r) {
        return new ResolutionView(r.id, r.kind, r.forYear, r.chairUnitCode, r.viceChairUnitCode, r.fromUnitCode,
                r.toUnitCode, r.amountVnd, r.purpose, r.beneficiaries.isEmpty() ? null : r.beneficiaries,
                r.collectivesCount, r.individualsCount, r.nominationIds.isEmpty() ? null : r.nominationIds, r.note,
                r.adoptedOn, r.outcome, r.outcomeRule, r.outcomeReason);
    }

    static AnnouncedNominationView toView(AnnouncedNomination n) {
        return new AnnouncedNominationView(n.nominationId, n.awardType, n.nomineeKind, n.unitCode, n.nomineeName,
                n.nomineePosition, n.status, n.rank, n.reason, n.decisionNumber, n.decisionDate, votes(n.votes),
                n.occurredAt);
    }

    static List<Person> fromInput(List<ConferencePersonInput> inputs) {
        return inputs == null ? List.of()
                : inputs.stream().map(p -> new Person(p.name(), p.title(), p.unitCode(), p.organization())).toList();
    }

    static List<Attendee> attendees(List<ConferenceAttendeeInput> inputs) {
        return inputs.stream().map(a -> new Attendee(a.unitCode(), fromInput(a.delegates()))).toList();
    }

    static Resolution fromInput(AdoptResolutionRequest r) {
        Resolution resolution = new Resolution();
        resolution.kind = r.kind();
        resolution.forYear = r.forYear();
        resolution.chairUnitCode = r.chairUnitCode();
        resolution.viceChairUnitCode = r.viceChairUnitCode();
        resolution.fromUnitCode = r.fromUnitCode();
        resolution.toUnitCode = r.toUnitCode();
        resolution.amountVnd = r.amountVnd();
        resolution.purpose = r.purpose();
        resolution.beneficiaries = r.beneficiaries() == null ? List.of() : List.copyOf(r.beneficiaries());
        resolution.collectivesCount = r.collectivesCount();
        resolution.individualsCount = r.individualsCount();
        resolution.nominationIds = r.nominationIds() == null ? List.of() : List.copyOf(r.nominationIds());
        resolution.note = r.note();
        return resolution;
    }

    private static List<PersonView> persons(List<Person> persons) {
        return persons == null ? List.of()
                : persons.stream().map(p -> new PersonView(p.name(), p.title(), p.unitCode(), p.organization()))
                        .toList();
    }

    private static Map<String, Integer> votes(String json) {
        if (json == null) {
            return null;
        }
        try {
            return VOTES.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored vote count", e);
        }
    }
}
