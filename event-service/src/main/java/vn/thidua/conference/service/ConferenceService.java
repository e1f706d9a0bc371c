package vn.thidua.conference.service;

import java.time.OffsetDateTime;
import java.util.List;

import org.hibernate.Hibernate;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.conference.AnnouncedNomination;
import vn.thidua.conference.Attendee;
import vn.thidua.conference.Conference;
import vn.thidua.conference.ConferenceKind;
import vn.thidua.conference.ConferencePaper;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.conference.ElectionOutcome;
import vn.thidua.conference.Person;
import vn.thidua.conference.Resolution;
import vn.thidua.conference.events.ConferenceEvents;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.roster.RosterProjection;
import vn.thidua.roster.RosterYear;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;

/** Conferences of the cluster-years known to the roster read model: schedule, status, attendance, papers, resolutions. */
@ApplicationScoped
@Transactional
public class ConferenceService {

    private static final Logger LOG = Logger.getLogger(ConferenceService.class);

    /**
     * A conference as read in one transaction (collections loaded): members of its season's roster absent from the
     * recorded attendance, and the nominations announced for its cluster and season (only on a single read).
     */
    public record ConferenceStanding(Conference conference, List<String> absent, List<AnnouncedNomination> results) {
    }

    /** What a new conference is. */
    public record NewConference(String clusterCode, ConferenceKind kind, int seasonYear, String hostUnitCode,
            String location, OffsetDateTime startsAt, List<Person> presiding, List<Person> guests,
            String annualReviewId) {
    }

    private final RosterProjection rosters;
    private final Outbox outbox;

    public ConferenceService(RosterProjection rosters, Outbox outbox) {
        this.rosters = rosters;
        this.outbox = outbox;
    }

    public ConferenceStanding schedule(NewConference c) {
        Conference annualReview = null;
        if (c.annualReviewId() != null) {
            annualReview = Conference.<Conference>findByIdOptional(c.annualReviewId())
                    .orElseThrow(() -> RuleViolation.unprocessable("ANNUAL_REVIEW_LINK_INVALID",
                            "No conference " + c.annualReviewId() + " to link to"));
        }
        Conference conference = Conference.schedule(c.clusterCode(), c.kind(), c.seasonYear(),
                members(c.clusterCode(), c.seasonYear()), c.hostUnitCode(), c.location(), c.startsAt(),
                c.presiding(), c.guests(), annualReview);
        conference.persist();
        outbox.publish(conference.id, ConferenceEvents.statusChanged(conference));
        LOG.infof("Conference %s scheduled: %s of %s/%d hosted by %s at %s", conference.id, conference.kind,
                conference.clusterCode, conference.seasonYear, conference.hostUnitCode, conference.startsAt);
        return standing(conference, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConferenceStanding get(String id) {
        return standing(find(id), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ConferenceStanding> search(String clusterCode, Integer year, ConferenceStatus status,
            ConferenceKind kind, PageRequest page) {
        QueryFilter filter = QueryFilter.create()
                .where("clusterCode = :clusterCode", "clusterCode", clusterCode)
                .where("seasonYear = :year", "year", year)
                .where("status = :status", "status", status)
                .where("kind = :kind", "kind", kind);
        return QueryFilter.page(Conference.<Conference>find(filter.query(), Sort.by("startsAt").and("id"),
                filter.params()), page).map(c -> standing(c, false));
    }

    /** Every conference of a cluster (all, cancelled ones too), earliest first: the calendar feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conference> calendar(String clusterCode) {
        return Conference.list("clusterCode", Sort.by("startsAt").and("id"), clusterCode);
    }

    public ConferenceStanding changeStatus(String id, ConferenceStatus to, String reason, ExpectedRevision expected) {
        Conference conference = lock(id, expected);
        conference.changeStatus(to, reason);
        outbox.publish(conference.id, ConferenceEvents.statusChanged(conference));
        LOG.infof("Conference %s is %s%s", id, to, reason == null ? "" : " (" + reason + ")");
        return standing(conference, false);
    }

    public ConferenceStanding recordAttendance(String id, List<Attendee> attendees, ExpectedRevision expected) {
        Conference conference = lock(id, expected);
        conference.recordAttendance(members(conference.clusterCode, conference.seasonYear), attendees);
        LOG.infof("Conference %s attendance: %d units", id, attendees.size());
        return standing(conference, false);
    }

    public ConferenceStanding addPaper(String id, String unitCode, String title, String presenter,
            ExpectedRevision expected) {
        Conference conference = lock(id, expected);
        ConferencePaper paper = conference.addPaper(members(conference.clusterCode, conference.seasonYear),
                unitCode, title, presenter);
        paper.persist();
        LOG.infof("Conference %s: paper of %s", id, unitCode);
        return standing(conference, false);
    }

    /** Adopts a resolution and publishes it (resolution-adopted) in the same transaction. */
    public ConferenceStanding adopt(String id, Resolution resolution, ExpectedRevision expected) {
        Conference conference = lock(id, expected);
        conference.adopt(resolution);
        resolution.persist();
        outbox.publish(ConferenceEvents.key(resolution), ConferenceEvents.resolutionAdopted(resolution));
        LOG.infof("Conference %s adopted %s resolution %s", id, resolution.kind, resolution.id);
        return standing(conference, false);
    }

    /** cluster-service reported what it did with an election; unknown resolutions (not ours) are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOutcome(LeadershipResolutionProcessed outcome) {
        Resolution resolution = Resolution.findById(outcome.resolutionId());
        if (resolution == null) {
            LOG.debugf("outcome of unknown resolution %s skipped", outcome.resolutionId());
            return;
        }
        Conference conference = Conference.findForUpdate(resolution.conference.id).orElseThrow();
        ElectionOutcome result = "APPLIED".equals(outcome.status()) ? ElectionOutcome.APPLIED
                : ElectionOutcome.REJECTED;
        resolution.recordOutcome(result, outcome.rule(), outcome.reason());
        conference.touch();
        LOG.infof("Election %s of conference %s: %s%s", resolution.id, conference.id, result,
                outcome.rule() == null ? "" : " (" + outcome.rule() + ")");
    }

    private Conference find(String id) {
        return Conference.<Conference>findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("conference", id));
    }

    private Conference lock(String id, ExpectedRevision expected) {
        Conference conference = Conference.findForUpdate(id).orElseThrow(() -> new ResourceNotFound("conference", id));
        expected.check(conference.version);
        return conference;
    }

    private List<String> members(String clusterCode, int year) {
        return rosters.find(clusterCode, year).map(r -> List.copyOf(r.unitCodes)).orElse(List.of());
    }

    private ConferenceStanding standing(Conference conference, boolean withResults) {
        Hibernate.initialize(conference.papers);
        Hibernate.initialize(conference.resolutions);
        List<String> absent = rosters.find(conference.clusterCode, conference.seasonYear)
                .map((RosterYear r) -> conference.absentAmong(List.copyOf(r.unitCodes))).orElse(List.of());
        List<AnnouncedNomination> results = withResults
                ? AnnouncedNomination.of(conference.clusterCode, conference.seasonYear) : List.of();
        return new ConferenceStanding(conference, absent, results);
    }
}
