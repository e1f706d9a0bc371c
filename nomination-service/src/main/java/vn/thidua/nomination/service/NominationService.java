package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.DocumentType;
import vn.thidua.nomination.DossierDocument;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.NominationOrigin;
import vn.thidua.nomination.NominationStatus;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.PublicComment;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.nomination.mapping.NominationMapper;
import vn.thidua.nomination.rest.dto.CreateNominationRequest;
import vn.thidua.nomination.rest.dto.NominationView;
import vn.thidua.nomination.rest.dto.PublicAwardView;
import vn.thidua.nomination.rest.dto.TransitionRequest;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.Forbidden;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;

/** Nominations by hand, reads, and the workflow of domain.md with its rules and public events. */
@ApplicationScoped
@Transactional
public class NominationService {

    private static final Logger LOG = Logger.getLogger(NominationService.class);

    private final Nominations nominations;
    private final AcclaimVoteService votes;
    private final NominationConfig config;

    public NominationService(Nominations nominations, AcclaimVoteService votes, NominationConfig config) {
        this.nominations = nominations;
        this.votes = votes;
        this.config = config;
    }

    public NominationView create(CreateNominationRequest request, Caller caller) {
        AwardType type = AwardType.findByCode(request.awardType()).orElseThrow(() -> RuleViolation.unprocessable(
                "UNKNOWN_AWARD_TYPE", "award type " + request.awardType() + " is not in the catalogue"));
        LocalDate today = nominations.today();
        if (!type.isValidOn(today)) {
            throw RuleViolation.unprocessable("AWARD_TYPE_NOT_VALID", "award type " + type.code
                    + " cannot be proposed on " + today);
        }
        NomineeKind kind = request.nominee().kind();
        if (kind == NomineeKind.INDIVIDUAL && !type.subject.serves(vn.thidua.nomination.AwardSubject.INDIVIDUAL)
                || kind != NomineeKind.INDIVIDUAL
                        && !type.subject.serves(vn.thidua.nomination.AwardSubject.COLLECTIVE)) {
            throw RuleViolation.unprocessable("NOMINEE_KIND_NOT_SERVED", type.code + " goes to "
                    + type.subject + " recipients, not to a " + kind);
        }
        if (kind != NomineeKind.UNIT && (request.nominee().name() == null || request.nominee().name().isBlank())) {
            throw RuleViolation.unprocessable("NOMINEE_NAME_REQUIRED", "a " + kind + " nominee needs a name");
        }
        requireUnique(Nomination.recipientKey(kind, request.nominee().unitCode(), request.nominee().name()), type,
                request.year());
        OffsetDateTime now = nominations.now();
        Nomination n = Nomination.draft(request.clusterCode(), request.year(), type, kind,
                request.nominee().unitCode(), request.nominee().name(), request.nominee().position(),
                NominationOrigin.MANUAL, request.basis(), null, false, now, Nominations.actor(caller),
                request.basis());
        n.persist();
        nominations.publish(n, request.basis());
        LOG.infof("nomination %s proposed by hand: %s %d %s for %s", n.id, n.clusterCode, n.year, type.code,
                n.nomineeUnitCode);
        return NominationMapper.toView(n);
    }

    static void requireUnique(String recipientKey, AwardType type, int year) {
        Nomination.findByRecipient(recipientKey, type, year).ifPresent(existing -> {
            throw RuleViolation.conflict("ONE_AWARD_PER_ACHIEVEMENT", "(recipient, award type, result year) is "
                    + "unique: nomination " + existing.id + " already proposes " + type.code + " for " + year
                    + " to this recipient");
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView get(String id) {
        return NominationMapper.toView(nominations.get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<NominationView> search(String clusterCode, Integer year, NominationStatus status,
            String awardType, PageRequest page) {
        QueryFilter filter = QueryFilter.create()
                .where("clusterCode = :cluster", "cluster", clusterCode)
                .where("year = :year", "year", year)
                .where("status = :status", "status", status)
                .where("awardType.code = :type", "type", awardType);
        return QueryFilter.page(Nomination.<Nomination>find(filter.query(),
                Sort.by("year").descending().and("clusterCode").and("awardType.position").and("rank")
                        .and("createdAt"), filter.params()), page).map(NominationMapper::toView);
    }

    /** Decided awards only (DECIDED_AWARDED; a revoked award is no longer listed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PublicAwardView> publicAwards(Integer year, String clusterCode, PageRequest page) {
        QueryFilter filter = QueryFilter.create()
                .where("status = :status", "status", NominationStatus.DECIDED_AWARDED)
                .where("clusterCode = :cluster", "cluster", clusterCode)
                .where("year = :year", "year", year);
        return QueryFilter.page(Nomination.<Nomination>find(filter.query(),
                Sort.by("year").descending().and("clusterCode").and("awardType.position").and("decisionDate"),
                filter.params()), page).map(NominationMapper::toPublicView);
    }

    /** One workflow step; the role, the status and the step's own rules must allow it. */
    public NominationView transition(String id, TransitionRequest request, Caller caller) {
        Nomination n = nominations.get(id);
        NominationAction action = request.action();
        if (!action.role().equals(caller.role())) {
            throw new Forbidden(action + " is taken by the " + action.role() + ", not the " + caller.role());
        }
        n.requireAllowed(action);
        OffsetDateTime now = nominations.now();
        String actor = Nominations.actor(caller);
        String reason = blankToNull(request.reason());
        switch (action) {
            case CLOSE_VOTE -> votes.close(n, actor, reason);
            case SUBMIT, RESUBMIT -> {
                requireDossierComplete(n);
                requireCommentWindowClosed(n);
                n.take(action, now, actor, reason);
            }
            case RETURN -> {
                require(reason != null, "REASON_REQUIRED", "RETURN needs a reason: what the dossier lacks");
                n.take(action, now, actor, reason);
            }
            case DECIDE_AWARDED, DECIDE_REJECTED -> {
                requireDecision(request, action);
                n.decisionNumber = request.decisionNumber().trim();
                n.decisionDate = request.decisionDate();
                n.take(action, now, actor, decisionNote(reason, request));
            }
            case REVOKE -> {
                require(reason != null, "REASON_REQUIRED", "REVOKE needs a reason");
                requireDecision(request, action);
                n.take(action, now, actor, decisionNote(reason, request) + "; awarded by decision "
                        + n.decisionNumber + " of " + n.decisionDate);
                n.decisionNumber = request.decisionNumber().trim();
                n.decisionDate = request.decisionDate();
            }
            default -> n.take(action, now, actor, reason);
        }
        nominations.publish(n, reason);
        LOG.infof("nomination %s: %s → %s by %s", n.id, action, n.status, actor);
        return NominationMapper.toView(n);
    }

    private void requireDossierComplete(Nomination n) {
        List<DocumentType> present = DossierDocument.of(n.id).stream().map(d -> d.type).distinct().toList();
        List<DocumentType> missing = n.awardType.requiredDocumentTypes().stream()
                .filter(t -> !present.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("DOSSIER_INCOMPLETE", "the dossier of " + n.awardType.code
                    + " lacks: " + missing);
        }
    }

    private void requireCommentWindowClosed(Nomination n) {
        LocalDate today = nominations.today();
        if (!n.commentWindowClosedOn(today)) {
            throw RuleViolation.conflict("PUBLIC_COMMENT_OPEN", "the nominee is published for public comment "
                    + "until " + n.commentClosesOn + " (" + n.awardType.publicCommentWorkingDays
                    + " working days); submit after that");
        }
        long unanswered = PublicComment.of(n.id).stream().filter(c -> !c.isAnswered()).count();
        if (unanswered > 0) {
            throw RuleViolation.conflict("PUBLIC_COMMENTS_UNANSWERED", unanswered
                    + " public comment(s) are not answered yet");
        }
    }

    private static void requireDecision(TransitionRequest request, NominationAction action) {
        require(request.decisionNumber() != null && !request.decisionNumber().isBlank()
                && request.decisionDate() != null, "DECISION_REQUIRED",
                action + " needs the decision number and date (decisionNumber, decisionDate)");
    }

    private static String decisionNote(String reason, TransitionRequest request) {
        return "decision " + request.decisionNumber().trim() + " of " + request.decisionDate()
                + (reason == null ? "" : ": " + reason);
    }

    private static void require(boolean condition, String rule, String detail) {
        if (!condition) {
            throw RuleViolation.unprocessable(rule, detail);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
