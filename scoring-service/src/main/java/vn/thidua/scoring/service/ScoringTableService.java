package vn.thidua.scoring.service;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.roster.RosterProjection;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.events.scoring.RankingFinalized;
import vn.thidua.events.scoring.ScoringTablePublished;
import vn.thidua.scoring.Assessment;
import vn.thidua.scoring.CriteriaSheet;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.NotApplicableRule;
import vn.thidua.scoring.CriterionSpec;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.ScoringTableStatus;
import vn.thidua.scoring.ScoringTableValidator;
import vn.thidua.scoring.TieBreakRule;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;

/** Scoring tables of cluster-years: drafting, revising drafts, publishing versions. */
@ApplicationScoped
@Transactional
public class ScoringTableService {

    private static final Logger LOG = Logger.getLogger(ScoringTableService.class);

    /** A table with its whole criteria tree (parents before children), read in one transaction. */
    public record TableWithCriteria(ScoringTable table, List<Criterion> criteria) {
    }

    private final RosterProjection rosters;
    private final Outbox outbox;

    public ScoringTableService(RosterProjection rosters, Outbox outbox) {
        this.rosters = rosters;
        this.outbox = outbox;
    }

    /** A new DRAFT for a cluster-year known to the roster read model ({@code UNKNOWN_CLUSTER_YEAR} otherwise). */
    public TableWithCriteria create(String clusterCode, int year, String title, List<TieBreakRule> tieBreak,
            NotApplicableRule notApplicableRule, String notes, List<CriterionSpec> criteria) {
        requireKnownClusterYear(clusterCode, year);
        List<CriterionSpec> normalized = normalize(criteria);
        BigDecimal maxTotal = ScoringTableValidator.validate(tieBreak, normalized);
        OffsetDateTime now = now();
        ScoringTable table = new ScoringTable();
        table.clusterCode = clusterCode;
        table.year = year;
        table.title = nfc(title);
        table.status = ScoringTableStatus.DRAFT;
        table.tieBreak = List.copyOf(tieBreak);
        table.maxTotal = maxTotal;
        table.notApplicableRule = notApplicableRule == null ? NotApplicableRule.POINTS : notApplicableRule;
        table.notes = notes == null ? null : nfc(notes);
        table.createdAt = now;
        table.updatedAt = now;
        table.persist();
        List<Criterion> rows = persistTree(table.id, normalized);
        ScoringTable.flush();
        LOG.infof("Scoring table %d drafted for %s/%d: %d criteria, maximum %s", table.id, clusterCode, year,
                rows.size(), maxTotal.toPlainString());
        return new TableWithCriteria(table, rows);
    }

    /** A new DRAFT from a spreadsheet (XLSX or CSV): a bad row is a 400 naming row and column, nothing stored. */
    public TableWithCriteria importTable(String clusterCode, int year, String title, List<TieBreakRule> tieBreak,
            NotApplicableRule notApplicableRule, String notes, byte[] content) {
        List<CriteriaSheet.SheetRow> rows = SpreadsheetFiles.isXlsx(content)
                ? SpreadsheetFiles.readXlsx(new java.io.ByteArrayInputStream(content))
                : SpreadsheetFiles.readCsv(content);
        return create(clusterCode, year, title, tieBreak, notApplicableRule, notes, CriteriaSheet.parse(rows));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TableWithCriteria get(long id) {
        ScoringTable table = find(id);
        return new TableWithCriteria(table, Criterion.ofTable(id));
    }

    /** Tables by cluster, year and status; latest year first, then newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ScoringTable> search(String clusterCode, Integer year, ScoringTableStatus status,
            PageRequest page) {
        QueryFilter filter = QueryFilter.create()
                .where("clusterCode = :clusterCode", "clusterCode", clusterCode)
                .where("year = :year", "year", year)
                .where("status = :status", "status", status);
        return QueryFilter.page(ScoringTable.find(filter.query(), Sort.descending("year").and("clusterCode")
                .and("id", Sort.Direction.Descending), filter.params()), page);
    }

    /** Replaces the title, tie-break policy and criteria of a DRAFT ({@code TABLE_STRUCTURE_FROZEN} otherwise). */
    public TableWithCriteria revise(long id, ExpectedRevision expected, String title, List<TieBreakRule> tieBreak,
            NotApplicableRule notApplicableRule, String notes, List<CriterionSpec> criteria) {
        ScoringTable table = ScoringTable.<ScoringTable>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFound("scoring table", id));
        expected.check(table.version);
        table.checkRevisable();
        List<CriterionSpec> normalized = normalize(criteria);
        BigDecimal maxTotal = ScoringTableValidator.validate(tieBreak, normalized);
        table.revise(nfc(title), tieBreak, maxTotal, now());
        table.notApplicableRule = notApplicableRule == null ? NotApplicableRule.POINTS : notApplicableRule;
        table.notes = notes == null ? null : nfc(notes);
        Criterion.deleteOfTable(id);
        List<Criterion> rows = persistTree(id, normalized);
        ScoringTable.flush();
        LOG.infof("Scoring table %d of %s/%d revised: %d criteria (version %d)", id, table.clusterCode, table.year,
                rows.size(), table.version);
        return new TableWithCriteria(table, rows);
    }

    /**
     * Publishes a DRAFT as the next version of its cluster-year's table; the version published before it becomes
     * SUPERSEDED. All tables of the cluster-year are locked first, in id order, so two publications of one
     * cluster-year cannot both win and cannot deadlock.
     */
    public TableWithCriteria publish(long id, ExpectedRevision expected) {
        Object[] clusterYear = ScoringTable.getEntityManager()
                .createQuery("select t.clusterCode, t.year from ScoringTable t where t.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new ResourceNotFound("scoring table", id));
        List<ScoringTable> tables = ScoringTable.lockClusterYear((String) clusterYear[0], (Integer) clusterYear[1]);
        ScoringTable table = tables.stream().filter(t -> t.id == id).findFirst()
                .orElseThrow(() -> new ResourceNotFound("scoring table", id));
        expected.check(table.version);
        table.checkPublishable();
        OffsetDateTime now = now();
        ScoringTable replaced = tables.stream().filter(t -> t.status == ScoringTableStatus.PUBLISHED).findFirst()
                .orElse(null);
        if (replaced != null && Assessment.submittedOf(replaced.id) > 0) {
            throw RuleViolation.conflict("TABLE_HAS_SUBMITTED_ASSESSMENTS", "Scoring table " + replaced.id
                    + " (version " + replaced.tableVersion + ") of " + replaced.clusterCode + "/" + replaced.year
                    + " already has submitted assessments; it can no longer be superseded");
        }
        int nextVersion = 1 + tables.stream().filter(t -> t.tableVersion != null)
                .mapToInt(t -> t.tableVersion).max().orElse(0);
        for (ScoringTable current : tables) {
            if (current.status == ScoringTableStatus.PUBLISHED) {
                current.supersede(id, now);
                LOG.infof("Scoring table %d (version %d) of %s/%d superseded by table %d", current.id,
                        current.tableVersion, current.clusterCode, current.year, id);
            }
        }
        // the superseded row must leave PUBLISHED before this one enters it (one PUBLISHED per cluster-year)
        ScoringTable.flush();
        table.publish(nextVersion, now);
        ScoringTable.flush();
        List<Criterion> criteria = Criterion.ofTable(id);
        outbox.publish(RankingFinalized.key(table.clusterCode, table.year), new ScoringTablePublished(
                String.valueOf(id), table.clusterCode, table.year, nextVersion, table.title, table.maxTotal,
                table.tieBreak.stream().map(Enum::name).toList(), table.notApplicableRule.name(), criteria.size(),
                replaced == null ? null : String.valueOf(replaced.id), now.toInstant()));
        LOG.infof("Scoring table %d published as version %d of %s/%d", id, nextVersion, table.clusterCode,
                table.year);
        return new TableWithCriteria(table, criteria);
    }

    private ScoringTable find(long id) {
        return ScoringTable.<ScoringTable>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFound("scoring table", id));
    }

    private void requireKnownClusterYear(String clusterCode, int year) {
        if (rosters.find(clusterCode, year).isEmpty()) {
            throw RuleViolation.unprocessable("UNKNOWN_CLUSTER_YEAR", "No roster is known for cluster-year "
                    + clusterCode + "/" + year + "; cluster-service publishes it when the members are set");
        }
    }

    /** Rows in pre-order, so that every parent has its id before its children are written. */
    private static List<Criterion> persistTree(long tableId, List<CriterionSpec> criteria) {
        List<Criterion> rows = new ArrayList<>();
        persistLevel(tableId, null, criteria, rows);
        return rows;
    }

    private static void persistLevel(long tableId, Long parentId, List<CriterionSpec> level, List<Criterion> rows) {
        for (int position = 0; position < level.size(); position++) {
            CriterionSpec spec = level.get(position);
            Criterion row = new Criterion();
            row.tableId = tableId;
            row.parentId = parentId;
            row.position = position;
            row.code = spec.code();
            row.title = spec.title();
            row.kind = spec.kind();
            row.maxPoints = spec.maxPoints();
            row.targetRule = spec.targetRule();
            row.persist();
            rows.add(row);
            persistLevel(tableId, row.id, spec.children(), rows);
        }
    }

    /** Vietnamese text is stored in Unicode NFC (architecture.md), codes trimmed. */
    private static List<CriterionSpec> normalize(List<CriterionSpec> criteria) {
        return criteria.stream().map(c -> new CriterionSpec(c.code().strip(), nfc(c.title()), c.kind(),
                c.maxPoints(), normalize(c.children()), c.targetRule())).toList();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
