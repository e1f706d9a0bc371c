package vn.thidua.conference;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.thidua.support.problem.RuleViolation;

/**
 * A conference of a cluster-year (hội nghị): a preparatory session, a mid-year review or an annual review, hosted by
 * a member of the season's cluster-year (not necessarily the chair), with its attendance, experience papers (tham
 * luận) and resolutions. Its status goes SCHEDULED → HELD → CLOSED, or SCHEDULED → CANCELLED with a reason.
 */
@Entity
@Table(name = "conference")
public class Conference extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "cluster_code", nullable = false, updatable = false)
    public String clusterCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConferenceKind kind;

    @Column(name = "season_year", nullable = false, updatable = false)
    public int seasonYear;

    @Column(name = "host_unit_code", nullable = false)
    public String hostUnitCode;

    public String location;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConferenceStatus status;

    /** Why it was cancelled (or a note on another change of status). */
    @Column(name = "status_reason")
    public String statusReason;

    /** A preparatory session: the annual review it prepares. */
    @Column(name = "annual_review_id", updatable = false)
    public String annualReviewId;

    @Convert(converter = JsonColumns.Persons.class)
    @Column(nullable = false)
    public List<Person> presiding = new ArrayList<>();

    @Convert(converter = JsonColumns.Persons.class)
    @Column(nullable = false)
    public List<Person> guests = new ArrayList<>();

    /** Member units present and their delegates; null until the attendance is recorded. */
    @Convert(converter = JsonColumns.Attendees.class)
    public List<Attendee> attendance;

    /** The ETag: +1 with every change, including the arrival of an election's outcome. */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "conference", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<ConferencePaper> papers = new ArrayList<>();

    @OneToMany(mappedBy = "conference", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt, id")
    public List<Resolution> resolutions = new ArrayList<>();

    public static Optional<Conference> findForUpdate(String id) {
        return Conference.<Conference>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Schedules a conference. Rules: the host is a member of the season's cluster-year ({@code HOST_NOT_MEMBER}); a
     * link to an annual review only from a preparatory session, to an annual review of the same cluster and season
     * ({@code ANNUAL_REVIEW_LINK_INVALID}).
     */
    public static Conference schedule(String clusterCode, ConferenceKind kind, int seasonYear, List<String> members,
            String hostUnitCode, String location, OffsetDateTime startsAt, List<Person> presiding,
            List<Person> guests, Conference annualReview) {
        if (!members.contains(hostUnitCode)) {
            throw RuleViolation.unprocessable("HOST_NOT_MEMBER", "Host " + hostUnitCode + " is not a member of "
                    + clusterCode + " in " + seasonYear + "; a conference is hosted by a member of its cluster-year");
        }
        if (annualReview != null) {
            if (kind != ConferenceKind.PREPARATORY_SESSION || annualReview.kind != ConferenceKind.ANNUAL_REVIEW
                    || !annualReview.clusterCode.equals(clusterCode) || annualReview.seasonYear != seasonYear) {
                throw RuleViolation.unprocessable("ANNUAL_REVIEW_LINK_INVALID", "Only a preparatory session links to "
                        + "the annual review of the same cluster and season; " + annualReview.id + " is the "
                        + annualReview.kind + " of " + annualReview.clusterCode + " for " + annualReview.seasonYear);
            }
        }
        Conference conference = new Conference();
        conference.id = UUID.randomUUID().toString();
        conference.clusterCode = clusterCode;
        conference.kind = kind;
        conference.seasonYear = seasonYear;
        conference.hostUnitCode = hostUnitCode;
        conference.location = location;
        conference.startsAt = startsAt;
        conference.status = ConferenceStatus.SCHEDULED;
        conference.annualReviewId = annualReview == null ? null : annualReview.id;
        conference.presiding = presiding == null ? List.of() : List.copyOf(presiding);
        conference.guests = guests == null ? List.of() : List.copyOf(guests);
        conference.version = 1;
        conference.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        conference.updatedAt = conference.createdAt;
        return conference;
    }

    /**
     * Changes the status. Rules: only the changes {@link ConferenceStatus#next()} allows
     * ({@code CONFERENCE_STATUS_CHANGE_NOT_ALLOWED}, 409, naming the allowed ones); a cancellation names its reason
     * ({@code CANCELLATION_REASON_REQUIRED}).
     */
    public void changeStatus(ConferenceStatus to, String reason) {
        if (!status.next().contains(to)) {
            throw RuleViolation.conflict("CONFERENCE_STATUS_CHANGE_NOT_ALLOWED", "Conference " + id + " is " + status
                    + "; it may change to " + (status.next().isEmpty() ? "nothing" : status.next()) + ", not " + to);
        }
        if (to == ConferenceStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw RuleViolation.unprocessable("CANCELLATION_REASON_REQUIRED",
                    "A cancelled conference names its reason");
        }
        status = to;
        statusReason = reason;
        touch();
    }

    /**
     * Records who attended (the whole list, replacing an earlier one). Rules: not on a cancelled or closed conference
     * ({@code CONFERENCE_NOT_OPEN}); only members of the season's cluster-year ({@code ATTENDEE_NOT_MEMBER}), each
     * once ({@code DUPLICATE_ATTENDEE}).
     */
    public void recordAttendance(List<String> members, List<Attendee> attendees) {
        requireOpen("record attendance");
        Set<String> seen = new HashSet<>();
        for (Attendee attendee : attendees) {
            if (!members.contains(attendee.unitCode())) {
                throw RuleViolation.unprocessable("ATTENDEE_NOT_MEMBER", "Unit " + attendee.unitCode()
                        + " is not a member of " + clusterCode + " in " + seasonYear);
            }
            if (!seen.add(attendee.unitCode())) {
                throw RuleViolation.unprocessable("DUPLICATE_ATTENDEE", "Unit " + attendee.unitCode()
                        + " is listed twice");
            }
        }
        attendance = List.copyOf(attendees);
        touch();
    }

    /** Members of the roster not in the recorded attendance (all of them while none is recorded), in roster order. */
    public List<String> absentAmong(List<String> members) {
        if (attendance == null) {
            return List.of();
        }
        Set<String> present = new HashSet<>();
        attendance.forEach(a -> present.add(a.unitCode()));
        return members.stream().filter(m -> !present.contains(m)).toList();
    }

    /**
     * A member presents an experience paper (tham luận). Rules: not on a cancelled or closed conference
     * ({@code CONFERENCE_NOT_OPEN}); by a member of the season's cluster-year ({@code PAPER_UNIT_NOT_MEMBER}).
     */
    public ConferencePaper addPaper(List<String> members, String unitCode, String title, String presenter) {
        requireOpen("add a paper");
        if (!members.contains(unitCode)) {
            throw RuleViolation.unprocessable("PAPER_UNIT_NOT_MEMBER", "Unit " + unitCode + " is not a member of "
                    + clusterCode + " in " + seasonYear);
        }
        ConferencePaper paper = new ConferencePaper();
        paper.conference = this;
        paper.unitCode = unitCode;
        paper.title = title;
        paper.presenter = presenter;
        paper.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        papers.add(paper);
        touch();
        return paper;
    }

    /**
     * Adopts a resolution. Rule: only at a HELD conference ({@code CONFERENCE_NOT_HELD}, 409); the resolution checks
     * its own fields by kind.
     */
    public Resolution adopt(Resolution resolution) {
        if (status != ConferenceStatus.HELD) {
            throw RuleViolation.conflict("CONFERENCE_NOT_HELD", "Conference " + id + " is " + status
                    + "; resolutions are adopted only at a HELD conference");
        }
        resolution.validateFor(this);
        resolution.conference = this;
        resolution.id = UUID.randomUUID().toString();
        resolution.adoptedOn = startsAt.toLocalDate();
        resolution.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        resolutions.add(resolution);
        touch();
        return resolution;
    }

    public void touch() {
        version++;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void requireOpen(String what) {
        if (status == ConferenceStatus.CANCELLED || status == ConferenceStatus.CLOSED) {
            throw RuleViolation.conflict("CONFERENCE_NOT_OPEN", "Conference " + id + " is " + status
                    + "; cannot " + what);
        }
    }
}
