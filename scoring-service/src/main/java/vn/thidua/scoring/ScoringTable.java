package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.support.problem.RuleViolation;

/**
 * A cluster-year's scoring table (bảng tiêu chí chấm điểm): the aggregate root of its criteria tree
 * ({@link Criterion} rows). A DRAFT may be revised; publishing freezes its structure and makes it the cluster-year's
 * table, superseding the version published before it.
 */
@Entity
@Table(name = "scoring_table")
public class ScoringTable extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoringTableStatus status;

    @Convert(converter = TieBreakConverter.class)
    @Column(name = "tie_break", nullable = false)
    public List<TieBreakRule> tieBreak;

    /** Sum of the top-level SCORE and GROUP maxima (bonus and penalty come on top, within their caps). */
    @Column(name = "max_total", nullable = false)
    public BigDecimal maxTotal;

    /** 1, 2, ... in order of publication within the cluster-year; null while DRAFT. */
    @Column(name = "table_version")
    public Integer tableVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Column(name = "superseded_by_id")
    public Long supersededById;

    /** How units with criteria not applicable to them are ranked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "not_applicable_rule", nullable = false)
    public NotApplicableRule notApplicableRule = NotApplicableRule.POINTS;

    /** Free notes of the table (e.g. that its scores are illustrative). */
    @Column
    public String notes;

    /** When the ranking was finalised; null before. */
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    /** The ETag: every change of the table or its criteria increments it. */
    @Version
    @Column(nullable = false)
    public long version;

    /** Every table of a cluster-year, locked in id order, so that publications of one cluster-year are serialised. */
    public static List<ScoringTable> lockClusterYear(String clusterCode, int year) {
        return ScoringTable.<ScoringTable>find("clusterCode = ?1 and year = ?2 order by id", clusterCode, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The structure of a table can change only while it is a DRAFT ({@code TABLE_STRUCTURE_FROZEN}). */
    public void checkRevisable() {
        if (status != ScoringTableStatus.DRAFT) {
            throw RuleViolation.conflict("TABLE_STRUCTURE_FROZEN", "Scoring table " + id + " is " + status
                    + "; its structure is frozen. Create a new draft for " + clusterCode + "/" + year
                    + " and publish it as the next version");
        }
    }

    /** A table is published once ({@code TABLE_ALREADY_PUBLISHED}). */
    public void checkPublishable() {
        if (status != ScoringTableStatus.DRAFT) {
            throw RuleViolation.conflict("TABLE_ALREADY_PUBLISHED", "Scoring table " + id + " of " + clusterCode
                    + "/" + year + " was already published as version " + tableVersion
                    + (status == ScoringTableStatus.SUPERSEDED ? " and has since been superseded" : ""));
        }
    }

    public void revise(String newTitle, List<TieBreakRule> newTieBreak, BigDecimal newMaxTotal, OffsetDateTime now) {
        checkRevisable();
        title = newTitle;
        tieBreak = List.copyOf(newTieBreak);
        maxTotal = newMaxTotal;
        updatedAt = now;
    }

    /** Assessments and rankings need the cluster-year's published table ({@code TABLE_NOT_PUBLISHED}). */
    public void checkPublished() {
        if (status != ScoringTableStatus.PUBLISHED) {
            throw RuleViolation.conflict("TABLE_NOT_PUBLISHED", "Scoring table " + id + " of " + clusterCode + "/"
                    + year + " is " + status + "; units are assessed against the published table only");
        }
    }

    /** After finalisation scores change only by an amendment ({@code RANKING_FINALIZED}). */
    public void checkNotFinalized() {
        checkPublished();
        if (finalizedAt != null) {
            throw RuleViolation.conflict("RANKING_FINALIZED", "The ranking of " + clusterCode + "/" + year
                    + " was finalised; a correction is an amendment of the ranking with a reason");
        }
    }

    public static ScoringTable lock(long id) {
        return ScoringTable.<ScoringTable>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new vn.thidua.support.problem.ResourceNotFound("scoring table", id));
    }

    /** DRAFT → PUBLISHED as version {@code nextVersion} of the cluster-year's table; once only. */
    public void publish(int nextVersion, OffsetDateTime now) {
        checkPublishable();
        status = ScoringTableStatus.PUBLISHED;
        tableVersion = nextVersion;
        publishedAt = now;
        updatedAt = now;
    }

    /** PUBLISHED → SUPERSEDED when a newer version of the cluster-year's table is published. */
    public void supersede(long byTableId, OffsetDateTime now) {
        if (status != ScoringTableStatus.PUBLISHED) {
            throw new IllegalStateException("Only the published table is superseded, not a " + status + " one");
        }
        status = ScoringTableStatus.SUPERSEDED;
        supersededById = byTableId;
        supersededAt = now;
        updatedAt = now;
    }
}
