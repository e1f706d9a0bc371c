package vn.thidua.nomination;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.support.problem.RuleViolation;

/**
 * A proposal of one award type for one recipient and result year, and its way through the acclaim vote and the
 * Central Board. The state machine is here ({@link #take}); the history keeps every step with actor, time, reason.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    /** Result year (năm thành tích), not the year of the decision. */
    @Column(nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "award_type_id", nullable = false)
    public AwardType awardType;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_unit_code", nullable = false)
    public String nomineeUnitCode;

    @Column(name = "nominee_name")
    public String nomineeName;

    @Column(name = "nominee_position")
    public String nomineePosition;

    @Column(name = "recipient_key", nullable = false)
    public String recipientKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationOrigin origin;

    public String basis;

    /** Rank in the cluster's ranking when drafted from it. */
    public Integer rank;

    @Column(name = "ranking_version")
    public Integer rankingVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "votes_eligible")
    public Integer votesEligible;
    @Column(name = "votes_cast")
    public Integer votesCast;
    @Column(name = "votes_approve")
    public Integer votesApprove;
    @Column(name = "votes_reject")
    public Integer votesReject;

    /** The public comment window, when the award type requires one (set when the vote acclaims). */
    @Column(name = "comment_opens_on")
    public LocalDate commentOpensOn;
    @Column(name = "comment_closes_on")
    public LocalDate commentClosesOn;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("seq")
    public List<NominationStep> history = new ArrayList<>();

    public static Nomination draft(String clusterCode, int year, AwardType type, NomineeKind kind, String unitCode,
            String name, String position, NominationOrigin origin, String basis, Integer rank, boolean contested,
            OffsetDateTime at, String actor, String reason) {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.clusterCode = clusterCode;
        n.year = year;
        n.awardType = type;
        n.nomineeKind = kind;
        n.nomineeUnitCode = unitCode;
        n.nomineeName = name;
        n.nomineePosition = position;
        n.recipientKey = recipientKey(kind, unitCode, name);
        n.origin = origin;
        n.basis = basis;
        n.rank = rank;
        n.status = contested ? NominationStatus.CONTESTED : NominationStatus.PROPOSED;
        n.createdAt = at;
        n.record(NominationStep.PROPOSE, at, actor, reason);
        return n;
    }

    /**
     * Who receives the award, normalised (NFC, case and spacing ignored): the unit itself, or a named collective or
     * person of it. One achievement is rewarded once: (recipient, award type, result year) is unique.
     */
    public static String recipientKey(NomineeKind kind, String unitCode, String name) {
        String who = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).trim()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return kind == NomineeKind.UNIT ? "UNIT|" + unitCode : kind + "|" + unitCode + "|" + who;
    }

    public static Optional<Nomination> findByRecipient(String recipientKey, AwardType type, int year) {
        return find("recipientKey = ?1 and awardType = ?2 and year = ?3", recipientKey, type, year)
                .firstResultOptional();
    }

    /** The drafts from a cluster-year's ranking, oldest first. */
    public static List<Nomination> fromRanking(String clusterCode, int year) {
        return list("clusterCode = ?1 and year = ?2 and origin = ?3 order by createdAt, id", clusterCode, year,
                NominationOrigin.RANKING);
    }

    /**
     * Takes a workflow step other than closing the vote; refuses, naming the allowed actions, when the status does
     * not allow it.
     */
    public void take(NominationAction action, OffsetDateTime at, String actor, String reason) {
        requireAllowed(action);
        status = action.target();
        record(action.name(), at, actor, reason);
    }

    public void requireAllowed(NominationAction action) {
        if (!action.allowedFrom(status)) {
            List<NominationAction> allowed = NominationAction.allowedIn(status);
            throw RuleViolation.conflict("TRANSITION_NOT_ALLOWED", action + " is not allowed for a nomination "
                    + status + "; allowed: " + (allowed.isEmpty() ? "none (final status)" : allowed));
        }
    }

    /** Closes the acclaim vote with its counts; the policy says whether the nominee is acclaimed. */
    public void closeVote(int eligible, int approve, int reject, AcclaimVotePolicy policy, OffsetDateTime at,
            String actor, String reason) {
        requireAllowed(NominationAction.CLOSE_VOTE);
        votesEligible = eligible;
        votesCast = approve + reject;
        votesApprove = approve;
        votesReject = reject;
        status = policy.result(eligible, votesCast, approve);
        String counts = "eligible " + eligible + ", cast " + votesCast + ", approve " + approve + ", reject " + reject
                + (policy.quorumReached(eligible, votesCast) ? "" : " (no quorum)");
        record(NominationAction.CLOSE_VOTE.name(), at, actor, reason == null ? counts : reason + "; " + counts);
    }

    /** An amended ranking moves this draft to another unit or rank; the history says from what. */
    public void followRanking(String unitCode, int newRank, boolean contested, int rankingVersion,
            OffsetDateTime at, String reason) {
        String before = nomineeUnitCode + " rank " + rank + " " + status;
        nomineeUnitCode = unitCode;
        recipientKey = recipientKey(nomineeKind, unitCode, nomineeName);
        rank = newRank;
        status = contested ? NominationStatus.CONTESTED : NominationStatus.PROPOSED;
        this.rankingVersion = rankingVersion;
        record(NominationStep.FOLLOW_RANKING, at, "scoring-service",
                "ranking version " + rankingVersion + ": " + before + " → " + unitCode + " rank " + newRank + " "
                        + status + (reason == null ? "" : " (" + reason + ")"));
    }

    /** An amended ranking no longer puts this draft within the quota. */
    public void withdraw(int rankingVersion, OffsetDateTime at, String reason) {
        status = NominationStatus.WITHDRAWN;
        this.rankingVersion = rankingVersion;
        record(NominationStep.FOLLOW_RANKING, at, "scoring-service", "ranking version " + rankingVersion
                + " no longer puts " + nomineeUnitCode + " within the quota" + (reason == null ? "" : " (" + reason + ")"));
    }

    /** Whether the comment window is over on {@code day} (true when the award type has none). */
    public boolean commentWindowClosedOn(LocalDate day) {
        return commentClosesOn == null || day.isAfter(commentClosesOn);
    }

    public boolean commentWindowOpenOn(LocalDate day) {
        return commentOpensOn != null && !day.isBefore(commentOpensOn) && !day.isAfter(commentClosesOn);
    }

    private void record(String action, OffsetDateTime at, String actor, String reason) {
        NominationStep step = new NominationStep();
        step.nomination = this;
        step.seq = history.size() + 1;
        step.status = status;
        step.action = action;
        step.at = at;
        step.actor = actor;
        step.reason = reason;
        history.add(step);
    }
}
