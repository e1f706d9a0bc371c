package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One criterion of one assessment: self points with evidence, appraised points with the reason of a change. */
@Entity
@Table(name = "criterion_score")
public class CriterionScore extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    /** The unit's result, for a target-based criterion (its points follow from the target). */
    @Column(name = "result_value")
    public BigDecimal resultValue;

    @Column(name = "self_points")
    public BigDecimal selfPoints;

    @Column
    public String note;

    /** Document references (URL or document id), one per line. */
    @Column
    public String evidence;

    @Column(name = "appraised_points")
    public BigDecimal appraisedPoints;

    @Column(name = "appraisal_reason")
    public String appraisalReason;

    @Column(name = "explanation_requested", nullable = false)
    public boolean explanationRequested;

    @Column
    public String explanation;

    public static List<CriterionScore> ofAssessment(long assessmentId) {
        return list("assessmentId = ?1 order by criterionId", assessmentId);
    }

    /** Appraised points once appraised, else the self score, else nothing. */
    public BigDecimal finalPoints() {
        return appraisedPoints != null ? appraisedPoints : selfPoints;
    }
}
