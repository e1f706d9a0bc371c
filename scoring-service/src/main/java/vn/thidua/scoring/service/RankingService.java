package vn.thidua.scoring.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.events.scoring.RankingAmended;
import vn.thidua.events.scoring.RankingEntry;
import vn.thidua.events.scoring.RankingFinalized;
import vn.thidua.roster.RosterProjection;
import vn.thidua.scoring.Assessment;
import vn.thidua.scoring.AssessmentStatus;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.CriterionScore;
import vn.thidua.scoring.Ranking;
import vn.thidua.scoring.RankingCalculator;
import vn.thidua.scoring.RankingCalculator.RankedUnit;
import vn.thidua.scoring.RankingCalculator.UnitScores;
import vn.thidua.scoring.RankingLine;
import vn.thidua.scoring.ScoreRevision;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.rest.dto.AmendmentRequest;
import vn.thidua.scoring.rest.dto.RankingView;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;

/** Finalisation (ranking version 1), amendments (the next versions) and reading a version. */
@ApplicationScoped
@Transactional
public class RankingService {

    private static final Logger LOG = Logger.getLogger(RankingService.class);

    private final RosterProjection rosters;
    private final Outbox outbox;
    private final Actors actors;

    public RankingService(RosterProjection rosters, Outbox outbox, Actors actors) {
        this.rosters = rosters;
        this.outbox = outbox;
        this.actors = actors;
    }

    /**
     * Ranks every member of the cluster-year that is not excluded; each must be APPRAISED
     * ({@code MEMBERS_NOT_APPRAISED} names the others). Assessments become FINALIZED.
     */
    public RankingView finalizeRanking(long tableId) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkNotFinalized();
        List<String> members = rosters.find(table.clusterCode, table.year).map(r -> List.copyOf(r.unitCodes))
                .orElse(List.of());
        Map<String, Assessment> assessments = Assessment.ofTable(tableId).stream()
                .collect(Collectors.toMap(a -> a.unitCode, a -> a));
        List<String> missing = new ArrayList<>();
        List<Assessment> ranked = new ArrayList<>();
        for (String unit : members) {
            Assessment a = assessments.get(unit);
            if (a == null || (a.status != AssessmentStatus.APPRAISED && a.status != AssessmentStatus.EXCLUDED)) {
                missing.add(unit + " (" + (a == null ? "no assessment" : a.status) + ")");
            } else if (a.status == AssessmentStatus.APPRAISED) {
                ranked.add(a);
            }
        }
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("MEMBERS_NOT_APPRAISED", "Every member must be appraised or excluded "
                    + "before finalisation; not yet: " + String.join(", ", missing));
        }
        if (ranked.isEmpty()) {
            throw RuleViolation.conflict("NOTHING_TO_RANK", "Every member of " + table.clusterCode + "/"
                    + table.year + " is excluded");
        }
        OffsetDateTime now = AssessmentService.now();
        TableCriteria criteria = TableCriteria.of(tableId);
        List<RankedUnit> entries = calculate(table, criteria, ranked.stream().map(a -> a.unitCode).toList());
        Ranking ranking = persist(table, 1, null, entries, now);
        ranked.forEach(a -> a.finalizeWithRanking(now));
        table.finalizedAt = now;
        table.updatedAt = now;
        outbox.publish(RankingFinalized.key(table.clusterCode, table.year), new RankingFinalized(
                String.valueOf(tableId), table.clusterCode, table.year, 1, events(entries), now.toInstant()));
        ScoringTable.flush();
        LOG.infof("Ranking of %s/%d finalised: %s", table.clusterCode, table.year,
                entries.stream().map(e -> e.rank() + "." + e.unitCode()).collect(Collectors.joining(" ")));
        return view(table, ranking);
    }

    /** Corrects final points of ranked units; the next ranking version, the old one stays readable. */
    public RankingView amend(long tableId, AmendmentRequest request) {
        ScoringTable table = ScoringTable.lock(tableId);
        table.checkPublished();
        Ranking previous = Ranking.latest(tableId).orElseThrow(() -> RuleViolation.conflict(
                "RANKING_NOT_FINALIZED", "The ranking of table " + tableId + " is not finalised yet; "
                        + "scores change by appraisal until then"));
        List<String> rankedUnits = RankingLine.of(previous.id).stream().map(l -> l.unitCode).toList();
        TableCriteria criteria = TableCriteria.of(tableId);
        OffsetDateTime now = AssessmentService.now();
        for (AmendmentRequest.Change change : request.changes()) {
            if (!rankedUnits.contains(change.unitCode())) {
                throw RuleViolation.unprocessable("UNIT_NOT_RANKED", change.unitCode()
                        + " is not in the ranking of table " + tableId);
            }
            Assessment assessment = Assessment.find(tableId, change.unitCode()).orElseThrow();
            Criterion c = criteria.scoredLeaf(change.criterionCode());
            TableCriteria.checkPoints(c, change.points(), AssessmentService.notApplicable(tableId,
                    change.unitCode()), change.unitCode());
            Map<Long, CriterionScore> scores = AssessmentService.scoresById(assessment.id);
            CriterionScore score = scores.get(c.id);
            if (score == null) {
                score = new CriterionScore();
                score.assessmentId = assessment.id;
                score.criterionId = c.id;
                score.persist();
            }
            ScoreRevision.record(assessment.id, c.code, ScoreRevision.Kind.AMENDMENT, score.finalPoints(),
                    change.points(), change.reason().strip(), actors.current(), now);
            score.appraisedPoints = change.points();
            score.appraisalReason = change.reason().strip();
        }
        CriterionScore.flush();
        List<RankedUnit> entries = calculate(table, criteria, rankedUnits);
        int version = previous.version + 1;
        Ranking ranking = persist(table, version, request.reason().strip(), entries, now);
        table.updatedAt = now;
        outbox.publish(RankingFinalized.key(table.clusterCode, table.year), new RankingAmended(
                String.valueOf(tableId), table.clusterCode, table.year, version, previous.version,
                ranking.reason, events(entries), now.toInstant()));
        ScoringTable.flush();
        LOG.infof("Ranking of %s/%d amended to version %d: %s", table.clusterCode, table.year, version,
                ranking.reason);
        return view(table, ranking);
    }

    /** A version of the ranking (the latest when {@code version} is null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingView get(long tableId, Integer version) {
        ScoringTable table = ScoringTable.<ScoringTable>findByIdOptional(tableId)
                .orElseThrow(() -> new ResourceNotFound("scoring table", tableId));
        Ranking ranking = (version == null ? Ranking.latest(tableId) : Ranking.version(tableId, version))
                .orElseThrow(() -> new ResourceNotFound("ranking of scoring table " + tableId,
                        version == null ? "latest" : version));
        return view(table, ranking);
    }

    private List<RankedUnit> calculate(ScoringTable table, TableCriteria criteria, List<String> units) {
        List<UnitScores> scores = new ArrayList<>();
        for (String unit : units) {
            Assessment assessment = Assessment.find(table.id, unit).orElseThrow();
            Set<Long> naIds = AssessmentService.notApplicable(table.id, unit);
            Map<String, BigDecimal> points = new HashMap<>();
            for (CriterionScore s : CriterionScore.ofAssessment(assessment.id)) {
                if (s.finalPoints() != null && !naIds.contains(s.criterionId)) {
                    points.put(criteria.byId().get(s.criterionId).code, s.finalPoints());
                }
            }
            scores.add(new UnitScores(unit, points, naIds.stream().map(id -> criteria.byId().get(id).code)
                    .collect(Collectors.toSet())));
        }
        return RankingCalculator.rank(criteria.calculatorLeaves(), table.tieBreak, table.notApplicableRule, scores);
    }

    private Ranking persist(ScoringTable table, int version, String reason, List<RankedUnit> entries,
            OffsetDateTime now) {
        Ranking ranking = new Ranking();
        ranking.tableId = table.id;
        ranking.version = version;
        ranking.reason = reason;
        ranking.createdBy = actors.current();
        ranking.createdAt = now;
        ranking.persist();
        for (int i = 0; i < entries.size(); i++) {
            RankedUnit e = entries.get(i);
            RankingLine line = new RankingLine();
            line.rankingId = ranking.id;
            line.position = i;
            line.rank = e.rank();
            line.unitCode = e.unitCode();
            line.total = e.total();
            line.points = e.points();
            line.bonus = e.bonus();
            line.penalty = e.penalty();
            line.applicableMax = e.applicableMax();
            line.decidedBy = e.decidedBy();
            line.shared = e.shared();
            line.persist();
        }
        return ranking;
    }

    private static List<RankingEntry> events(List<RankedUnit> entries) {
        return entries.stream().map(e -> new RankingEntry(e.rank(), e.unitCode(), e.total(), e.bonus(), e.penalty(),
                e.decidedBy(), e.shared())).toList();
    }

    private RankingView view(ScoringTable table, Ranking ranking) {
        int latest = Ranking.latest(table.id).map(r -> r.version).orElse(ranking.version);
        List<RankingView.Entry> entries = RankingLine.of(ranking.id).stream().map(l -> new RankingView.Entry(
                l.rank, l.unitCode, l.total, l.points, l.bonus, l.penalty, l.applicableMax, l.decidedBy, l.shared))
                .toList();
        List<RankingView.Excluded> excluded = Assessment.ofTable(table.id).stream()
                .filter(a -> a.status == AssessmentStatus.EXCLUDED)
                .map(a -> new RankingView.Excluded(a.unitCode, a.excludedReason)).toList();
        return new RankingView(table.id, table.clusterCode, table.year, ranking.version, ranking.reason,
                ranking.createdBy, ranking.createdAt, latest, entries, excluded);
    }
}
