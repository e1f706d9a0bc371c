package vn.thidua.scoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.support.problem.RuleViolation;

/** One member's assessment against a published table; its scores are {@link CriterionScore} rows. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    private static final Set<AssessmentStatus> APPRAISABLE = Set.of(AssessmentStatus.SELF_SUBMITTED,
            AssessmentStatus.APPRAISED, AssessmentStatus.EXPLAINED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_id", nullable = false)
    public Long tableId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @Column(name = "excluded_reason")
    public String excludedReason;

    @Column(name = "explanation_question")
    public String explanationQuestion;

    /** 0 before the first appraisal, then 1, 2, ... (a new round after each explanation). */
    @Column(name = "appraisal_round", nullable = false)
    public int appraisalRound;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "appraised_at")
    public OffsetDateTime appraisedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<Assessment> find(long tableId, String unitCode) {
        return find("tableId = ?1 and unitCode = ?2", tableId, unitCode).firstResultOptional();
    }

    public static List<Assessment> ofTable(long tableId) {
        return list("tableId = ?1 order by unitCode", tableId);
    }

    public static long submittedOf(long tableId) {
        return count("tableId = ?1 and status not in (?2, ?3)", tableId, AssessmentStatus.DRAFT,
                AssessmentStatus.EXCLUDED);
    }

    public static Assessment start(long tableId, String unitCode, OffsetDateTime now) {
        Assessment a = new Assessment();
        a.tableId = tableId;
        a.unitCode = unitCode;
        a.status = AssessmentStatus.DRAFT;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        return a;
    }

    /** The unit edits its self-assessment while it is a DRAFT ({@code SELF_ASSESSMENT_ALREADY_SUBMITTED}). */
    public void checkSelfEditable() {
        checkNotExcluded();
        if (status != AssessmentStatus.DRAFT) {
            throw RuleViolation.conflict("SELF_ASSESSMENT_ALREADY_SUBMITTED", "The self-assessment of " + unitCode
                    + " is " + status + "; after submission only the appraisal changes scores");
        }
    }

    public void submit(OffsetDateTime now) {
        status = AssessmentStatus.SELF_SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Appraisal follows submission or an explanation ({@code ASSESSMENT_NOT_APPRAISABLE}). */
    public void checkAppraisable() {
        checkNotExcluded();
        if (!APPRAISABLE.contains(status)) {
            throw RuleViolation.conflict("ASSESSMENT_NOT_APPRAISABLE", "The assessment of " + unitCode + " is "
                    + status + "; it is appraised once submitted (SELF_SUBMITTED), or again once EXPLAINED");
        }
    }

    public void appraise(OffsetDateTime now) {
        status = AssessmentStatus.APPRAISED;
        appraisalRound++;
        appraisedAt = now;
        updatedAt = now;
    }

    /** Explanations are asked of an appraised assessment ({@code ASSESSMENT_NOT_APPRAISED}). */
    public void requestExplanation(String question, OffsetDateTime now) {
        checkNotExcluded();
        if (status != AssessmentStatus.APPRAISED) {
            throw RuleViolation.conflict("ASSESSMENT_NOT_APPRAISED", "The assessment of " + unitCode + " is "
                    + status + "; an explanation is asked after an appraisal");
        }
        status = AssessmentStatus.EXPLANATION_REQUESTED;
        explanationQuestion = question;
        updatedAt = now;
    }

    /** The unit answers an open request ({@code NO_EXPLANATION_REQUESTED}). */
    public void explain(OffsetDateTime now) {
        if (status != AssessmentStatus.EXPLANATION_REQUESTED) {
            throw RuleViolation.conflict("NO_EXPLANATION_REQUESTED", "No explanation of " + unitCode
                    + " is requested (status " + status + ")");
        }
        status = AssessmentStatus.EXPLAINED;
        updatedAt = now;
    }

    public void exclude(String reason, OffsetDateTime now) {
        status = AssessmentStatus.EXCLUDED;
        excludedReason = reason;
        updatedAt = now;
    }

    public void finalizeWithRanking(OffsetDateTime now) {
        status = AssessmentStatus.FINALIZED;
        updatedAt = now;
    }

    private void checkNotExcluded() {
        if (status == AssessmentStatus.EXCLUDED) {
            throw RuleViolation.conflict("UNIT_EXCLUDED", unitCode + " is excluded from this year's ranking: "
                    + excludedReason);
        }
        if (status == AssessmentStatus.FINALIZED) {
            throw RuleViolation.conflict("RANKING_FINALIZED", "The assessment of " + unitCode
                    + " is final; a correction is an amendment of the ranking");
        }
    }
}
