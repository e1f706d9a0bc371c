package vn.thidua.scoring.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.events.scoring.AssessmentAppraised;
import vn.thidua.events.scoring.AssessmentSubmitted;
import vn.thidua.events.scoring.RankingFinalized;
import vn.thidua.roster.RosterProjection;
import vn.thidua.scoring.Assessment;
import vn.thidua.scoring.AssessmentStatus;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNotApplicable;
import vn.thidua.scoring.CriterionScore;
import vn.thidua.scoring.RankingCalculator;
import vn.thidua.scoring.RankingCalculator.Totals;
import vn.thidua.scoring.RankingCalculator.UnitScores;
import vn.thidua.scoring.ScoreRevision;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.UnitTarget;
import vn.thidua.scoring.rest.dto.AppraisalRequest;
import vn.thidua.scoring.rest.dto.ApplicabilityRequest;
import vn.thidua.scoring.rest.dto.AssessmentView;
import vn.thidua.scoring.rest.dto.ExplanationAnswer;
import vn.thidua.scoring.rest.dto.ExplanationRequest;
import vn.thidua.scoring.rest.dto.SelfAssessmentRequest;
import vn.thidua.scoring.rest.dto.TargetsRequest;
import vn.thidua.scoring.rest.dto.TargetsView;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.ExpectedRevision;

/**
 * A member's season: targets, applicability, self-assessment, cross appraisal, explanation round, exclusion. Every
 * write locks the table row first, so the writes of one cluster-year (and their outbox rows) are serialised.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final RosterProjection rosters;
    private final Outbox outbox;
    private final Actors actors;

    public AssessmentService(RosterProjection rosters, Outbox outbox, Actors actors) {
        this.rosters = rosters;
        this.outbox = outbox;
        this.actors = actors;
    }

    // --- targets and applicability ---------------------------------------------------------------------------------

    public TargetsView registerTargets(long tableId, String unitCode, TargetsRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        requireMember(table, unitCode);
        TableCriteria criteria = TableCriteria.of(tableId);
        if (Assessment.find(tableId, unitCode).filter(a -> a.status != AssessmentStatus.DRAFT).isPresent()) {
            throw RuleViolation.conflict("SELF_ASSESSMENT_ALREADY_SUBMITTED", "Targets of " + unitCode
                    + " are fixed once its self-assessment is submitted");
        }
        Map<Long, BigDecimal> targets = new LinkedHashMap<>();
        for (TargetsRequest.Target t : request.targets()) {
            Criterion c = criteria.scoredLeaf(t.criterionCode());
            if (c.targetRule == null) {
                throw RuleViolation.unprocessable("CRITERION_NOT_TARGET_BASED", "Criterion " + c.code
                        + " is not scored against a target");
            }
            if (t.target().signum() <= 0) {
                throw RuleViolation.unprocessable("TARGET_NOT_POSITIVE", "The target of " + c.code
                        + " must be above zero");
            }
            if (targets.put(c.id, t.target()) != null) {
                throw RuleViolation.unprocessable("DUPLICATE_CRITERION_CODE", "Criterion " + c.code
                        + " is listed twice");
            }
        }
        UnitTarget.delete("tableId = ?1 and unitCode = ?2", tableId, unitCode);
        UnitTarget.flush();
        OffsetDateTime now = now();
        targets.forEach((criterionId, value) -> {
            UnitTarget target = new UnitTarget();
            target.tableId = tableId;
            target.unitCode = unitCode;
            target.criterionId = criterionId;
            target.target = value;
            target.registeredAt = now;
            target.persist();
        });
        return terms(tableId, unitCode, criteria);
    }

    public TargetsView setApplicability(long tableId, String unitCode, ApplicabilityRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        requireMember(table, unitCode);
        TableCriteria criteria = TableCriteria.of(tableId);
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (ApplicabilityRequest.Item item : request.notApplicable()) {
            Criterion c = criteria.scoredLeaf(item.criterionCode());
            if (reasons.put(c.id, item.reason().strip()) != null) {
                throw RuleViolation.unprocessable("DUPLICATE_CRITERION_CODE", "Criterion " + c.code
                        + " is listed twice");
            }
        }
        Assessment assessment = Assessment.find(tableId, unitCode).orElse(null);
        if (assessment != null) {
            for (CriterionScore score : CriterionScore.ofAssessment(assessment.id)) {
                if (reasons.containsKey(score.criterionId) && score.finalPoints() != null
                        && score.finalPoints().signum() != 0) {
                    throw RuleViolation.conflict("CRITERION_ALREADY_SCORED", "Criterion "
                            + criteria.byId().get(score.criterionId).code + " already has points for " + unitCode
                            + "; set them to 0 before declaring it not applicable");
                }
            }
        }
        CriterionNotApplicable.delete("tableId = ?1 and unitCode = ?2", tableId, unitCode);
        CriterionNotApplicable.flush();
        OffsetDateTime now = now();
        reasons.forEach((criterionId, reason) -> {
            CriterionNotApplicable row = new CriterionNotApplicable();
            row.tableId = tableId;
            row.unitCode = unitCode;
            row.criterionId = criterionId;
            row.reason = reason;
            row.decidedAt = now;
            row.persist();
        });
        return terms(tableId, unitCode, criteria);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetsView terms(long tableId, String unitCode) {
        find(tableId);
        return terms(tableId, unitCode, TableCriteria.of(tableId));
    }

    private TargetsView terms(long tableId, String unitCode, TableCriteria criteria) {
        return new TargetsView(tableId, unitCode,
                UnitTarget.of(tableId, unitCode).stream().map(t -> new TargetsView.Target(
                        criteria.byId().get(t.criterionId).code, t.target)).toList(),
                CriterionNotApplicable.of(tableId, unitCode).stream().map(n -> new TargetsView.NotApplicable(
                        criteria.byId().get(n.criterionId).code, n.reason)).toList());
    }

    // --- self-assessment ---------------------------------------------------------------------------------------------

    public AssessmentView selfAssess(long tableId, String unitCode, ExpectedRevision expected,
            SelfAssessmentRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        requireMember(table, unitCode);
        TableCriteria criteria = TableCriteria.of(tableId);
        OffsetDateTime now = now();
        Assessment assessment = Assessment.find(tableId, unitCode).orElseGet(() -> Assessment.start(tableId,
                unitCode, now));
        expected.check(assessment.version);
        assessment.checkSelfEditable();
        Set<Long> notApplicable = notApplicable(tableId, unitCode);
        Map<Long, BigDecimal> targets = UnitTarget.of(tableId, unitCode).stream()
                .collect(Collectors.toMap(t -> t.criterionId, t -> t.target));
        Map<Long, CriterionScore> scores = scoresById(assessment.id);
        Set<String> seen = new HashSet<>();
        for (SelfAssessmentRequest.Score input : request.scores()) {
            Criterion c = criteria.scoredLeaf(input.criterionCode());
            if (!seen.add(c.code)) {
                throw RuleViolation.unprocessable("DUPLICATE_CRITERION_CODE", "Criterion " + c.code
                        + " is scored twice");
            }
            BigDecimal points = selfPoints(c, input, targets.get(c.id));
            TableCriteria.checkPoints(c, points, notApplicable, unitCode);
            CriterionScore score = scores.computeIfAbsent(c.id, id -> newScore(assessment.id, id));
            if (score.selfPoints == null || score.selfPoints.compareTo(points) != 0) {
                ScoreRevision.record(assessment.id, c.code, ScoreRevision.Kind.SELF, score.selfPoints, points, null,
                        actors.current(), now);
            }
            score.selfPoints = points;
            score.resultValue = input.result();
            score.note = input.note() == null ? null : input.note().strip();
            score.evidence = input.evidence() == null || input.evidence().isEmpty() ? null
                    : String.join("\n", input.evidence());
        }
        assessment.updatedAt = now;
        if (Boolean.TRUE.equals(request.submit())) {
            List<String> missing = criteria.leaves().stream()
                    .filter(c -> c.kind == CriterionKind.SCORE && !notApplicable.contains(c.id))
                    .filter(c -> scores.get(c.id) == null || scores.get(c.id).selfPoints == null)
                    .map(c -> c.code).toList();
            if (!missing.isEmpty()) {
                throw RuleViolation.unprocessable("SELF_ASSESSMENT_INCOMPLETE", "Before submitting, score every "
                        + "applicable SCORE criterion; missing: " + String.join(", ", missing));
            }
            assessment.submit(now);
            Totals totals = totals(table, criteria, unitCode, scores.values(), notApplicable, true);
            outbox.publish(RankingFinalized.key(table.clusterCode, table.year), new AssessmentSubmitted(
                    String.valueOf(tableId), table.clusterCode, table.year, unitCode, totals.total(), totals.bonus(),
                    totals.penalty(), now.toInstant()));
            LOG.infof("Self-assessment of %s in table %d submitted: %s", unitCode, tableId,
                    totals.total().toPlainString());
        }
        Assessment.flush();
        return view(table, assessment, criteria);
    }

    private static BigDecimal selfPoints(Criterion c, SelfAssessmentRequest.Score input, BigDecimal target) {
        if (c.targetRule == null) {
            if (input.points() == null) {
                throw RuleViolation.unprocessable("POINTS_REQUIRED", "Criterion " + c.code + " needs points");
            }
            return input.points();
        }
        if (input.points() != null || input.result() == null) {
            throw RuleViolation.unprocessable("RESULT_REQUIRED_FOR_TARGET", "Criterion " + c.code
                    + " is scored against the unit's target: send its result, not points");
        }
        if (target == null) {
            throw RuleViolation.unprocessable("TARGET_NOT_REGISTERED", "No target of criterion " + c.code
                    + " was registered by this unit");
        }
        if (input.result().signum() < 0) {
            throw RuleViolation.unprocessable("NEGATIVE_POINTS", "The result of " + c.code + " is negative");
        }
        return c.targetRule.points(c.maxPoints, target, input.result());
    }

    // --- appraisal and explanation -----------------------------------------------------------------------------------

    public AssessmentView appraise(long tableId, String unitCode, ExpectedRevision expected,
            AppraisalRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        Assessment assessment = existing(tableId, unitCode);
        expected.check(assessment.version);
        assessment.checkAppraisable();
        TableCriteria criteria = TableCriteria.of(tableId);
        Set<Long> notApplicable = notApplicable(tableId, unitCode);
        Map<Long, CriterionScore> scores = scoresById(assessment.id);
        OffsetDateTime now = now();
        Set<String> seen = new HashSet<>();
        for (AppraisalRequest.Score input : request.scores()) {
            Criterion c = criteria.scoredLeaf(input.criterionCode());
            if (!seen.add(c.code)) {
                throw RuleViolation.unprocessable("DUPLICATE_CRITERION_CODE", "Criterion " + c.code
                        + " is appraised twice");
            }
            TableCriteria.checkPoints(c, input.points(), notApplicable, unitCode);
            CriterionScore score = scores.computeIfAbsent(c.id, id -> newScore(assessment.id, id));
            boolean differs = score.selfPoints == null || score.selfPoints.compareTo(input.points()) != 0;
            String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
            if (differs && reason == null) {
                throw RuleViolation.unprocessable("APPRAISAL_REASON_REQUIRED", "Appraised points of " + c.code
                        + " (" + input.points().toPlainString() + ") differ from the self score ("
                        + (score.selfPoints == null ? "none" : score.selfPoints.toPlainString())
                        + "): give the reason");
            }
            BigDecimal old = score.finalPoints();
            if (old == null || old.compareTo(input.points()) != 0 || score.appraisedPoints == null) {
                ScoreRevision.record(assessment.id, c.code, ScoreRevision.Kind.APPRAISAL, old, input.points(),
                        reason, actors.current(), now);
            }
            score.appraisedPoints = input.points();
            score.appraisalReason = reason;
        }
        assessment.appraise(now);
        Totals totals = totals(table, criteria, unitCode, scores.values(), notApplicable, false);
        int changed = (int) scores.values().stream().filter(s -> s.appraisedPoints != null
                && (s.selfPoints == null || s.selfPoints.compareTo(s.appraisedPoints) != 0)).count();
        outbox.publish(RankingFinalized.key(table.clusterCode, table.year), new AssessmentAppraised(
                String.valueOf(tableId), table.clusterCode, table.year, unitCode, assessment.appraisalRound,
                totals.total(), totals.bonus(), totals.penalty(), changed, now.toInstant()));
        Assessment.flush();
        LOG.infof("Assessment of %s in table %d appraised (round %d): %s", unitCode, tableId,
                assessment.appraisalRound, totals.total().toPlainString());
        return view(table, assessment, criteria);
    }

    public AssessmentView requestExplanation(long tableId, String unitCode, ExplanationRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        Assessment assessment = existing(tableId, unitCode);
        TableCriteria criteria = TableCriteria.of(tableId);
        Map<Long, CriterionScore> scores = scoresById(assessment.id);
        List<Criterion> asked = request.criterionCodes().stream().distinct().map(criteria::scoredLeaf).toList();
        assessment.requestExplanation(request.question().strip(), now());
        for (CriterionScore score : scores.values()) {
            score.explanationRequested = false;
            score.explanation = null;
        }
        for (Criterion c : asked) {
            scores.computeIfAbsent(c.id, id -> newScore(assessment.id, id)).explanationRequested = true;
        }
        Assessment.flush();
        return view(table, assessment, criteria);
    }

    public AssessmentView explain(long tableId, String unitCode, ExplanationAnswer answer) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        Assessment assessment = existing(tableId, unitCode);
        TableCriteria criteria = TableCriteria.of(tableId);
        Map<Long, CriterionScore> scores = scoresById(assessment.id);
        assessment.explain(now());
        Map<Long, String> answers = new HashMap<>();
        for (ExplanationAnswer.Answer a : answer.answers()) {
            Criterion c = criteria.scoredLeaf(a.criterionCode());
            CriterionScore score = scores.get(c.id);
            if (score == null || !score.explanationRequested) {
                throw RuleViolation.unprocessable("EXPLANATION_NOT_REQUESTED", "No explanation of criterion "
                        + c.code + " was asked");
            }
            answers.put(c.id, a.text().strip());
        }
        List<String> unanswered = scores.values().stream()
                .filter(s -> s.explanationRequested && !answers.containsKey(s.criterionId))
                .map(s -> criteria.byId().get(s.criterionId).code).toList();
        if (!unanswered.isEmpty()) {
            throw RuleViolation.unprocessable("EXPLANATION_INCOMPLETE", "Answer every criterion asked; missing: "
                    + String.join(", ", unanswered));
        }
        answers.forEach((id, text) -> scores.get(id).explanation = text);
        Assessment.flush();
        return view(table, assessment, criteria);
    }

    /** A member left out of this year's ranking, with a reason (creates its assessment if it has none). */
    public AssessmentView exclude(long tableId, String unitCode, String reason) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        OffsetDateTime now = now();
        Assessment assessment = Assessment.find(tableId, unitCode).orElse(null);
        if (assessment == null) {
            requireMember(table, unitCode);
            assessment = Assessment.start(tableId, unitCode, now);
        }
        if (assessment.status == AssessmentStatus.EXCLUDED) {
            throw RuleViolation.conflict("UNIT_EXCLUDED", unitCode + " is already excluded: "
                    + assessment.excludedReason);
        }
        assessment.exclude(reason.strip(), now);
        Assessment.flush();
        return view(table, assessment, TableCriteria.of(tableId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView get(long tableId, String unitCode) {
        ScoringTable table = find(tableId);
        return view(table, existing(tableId, unitCode), TableCriteria.of(tableId));
    }

    // --- shared ------------------------------------------------------------------------------------------------------

    /** The assessment as the resource answers it; the version is its ETag. */
    public AssessmentView view(ScoringTable table, Assessment assessment, TableCriteria criteria) {
        Map<Long, CriterionScore> scores = scoresById(assessment.id);
        Map<Long, String> notApplicable = CriterionNotApplicable.of(table.id, assessment.unitCode).stream()
                .collect(Collectors.toMap(n -> n.criterionId, n -> n.reason));
        Map<Long, BigDecimal> targets = UnitTarget.of(table.id, assessment.unitCode).stream()
                .collect(Collectors.toMap(t -> t.criterionId, t -> t.target));
        List<AssessmentView.Score> rows = criteria.leaves().stream().map(c -> {
            CriterionScore s = scores.get(c.id);
            return new AssessmentView.Score(c.code, c.title, c.kind, c.maxPoints, !notApplicable.containsKey(c.id),
                    notApplicable.get(c.id), targets.get(c.id), s == null ? null : s.resultValue,
                    s == null ? null : s.selfPoints, s == null ? null : s.note,
                    s == null || s.evidence == null ? List.of() : List.of(s.evidence.split("\n")),
                    s == null ? null : s.appraisedPoints, s == null ? null : s.appraisalReason,
                    s == null ? null : s.finalPoints(), s != null && s.explanationRequested,
                    s == null ? null : s.explanation);
        }).toList();
        List<AssessmentView.Revision> revisions = ScoreRevision.ofAssessment(assessment.id).stream()
                .map(r -> new AssessmentView.Revision(r.criterionCode, r.kind.name(), r.oldPoints, r.newPoints,
                        r.reason, r.actor, r.at)).toList();
        Set<Long> na = notApplicable.keySet();
        return new AssessmentView(table.id, table.clusterCode, table.year, assessment.unitCode, assessment.status,
                rosters.isMember(table.clusterCode, table.year, assessment.unitCode), assessment.excludedReason,
                assessment.explanationQuestion, assessment.appraisalRound, assessment.submittedAt,
                assessment.appraisedAt,
                viewTotals(totals(table, criteria, assessment.unitCode, scores.values(), na, true)),
                viewTotals(totals(table, criteria, assessment.unitCode, scores.values(), na, false)), rows,
                revisions);
    }

    public long versionOf(long tableId, String unitCode) {
        return existing(tableId, unitCode).version;
    }

    private static AssessmentView.Totals viewTotals(Totals t) {
        return new AssessmentView.Totals(t.total(), t.points(), t.bonus(), t.penalty(), t.applicableMax());
    }

    /** Totals of one unit from its self scores ({@code self}) or its final scores. */
    static Totals totals(ScoringTable table, TableCriteria criteria, String unitCode,
            java.util.Collection<CriterionScore> scores, Set<Long> notApplicable, boolean self) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (CriterionScore s : scores) {
            BigDecimal value = self ? s.selfPoints : s.finalPoints();
            if (value != null && !notApplicable.contains(s.criterionId)) {
                points.put(criteria.byId().get(s.criterionId).code, value);
            }
        }
        Set<String> na = notApplicable.stream().map(id -> criteria.byId().get(id).code).collect(Collectors.toSet());
        return RankingCalculator.totals(criteria.calculatorLeaves(), table.notApplicableRule,
                new UnitScores(unitCode, points, na));
    }

    static Set<Long> notApplicable(long tableId, String unitCode) {
        return CriterionNotApplicable.of(tableId, unitCode).stream().map(n -> n.criterionId)
                .collect(Collectors.toSet());
    }

    static Map<Long, CriterionScore> scoresById(long assessmentId) {
        Map<Long, CriterionScore> scores = new LinkedHashMap<>();
        CriterionScore.ofAssessment(assessmentId).forEach(s -> scores.put(s.criterionId, s));
        return scores;
    }

    private static CriterionScore newScore(long assessmentId, long criterionId) {
        CriterionScore score = new CriterionScore();
        score.assessmentId = assessmentId;
        score.criterionId = criterionId;
        score.persist();
        return score;
    }

    private void requireMember(ScoringTable table, String unitCode) {
        if (!rosters.isMember(table.clusterCode, table.year, unitCode)) {
            throw RuleViolation.unprocessable("NOT_A_MEMBER", unitCode + " is not a member of " + table.clusterCode
                    + " in " + table.year + " according to cluster-service's roster");
        }
    }

    private static Assessment existing(long tableId, String unitCode) {
        return Assessment.find(tableId, unitCode)
                .orElseThrow(() -> new ResourceNotFound("assessment", tableId + "/" + unitCode));
    }

    private static ScoringTable find(long id) {
        return ScoringTable.<ScoringTable>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFound("scoring table", id));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
