package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a score (append-only): who, when, old, new, why. */
@Entity
@Table(name = "score_revision")
public class ScoreRevision extends PanacheEntityBase {

    public enum Kind {
        SELF, APPRAISAL, AMENDMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "old_points")
    public BigDecimal oldPoints;

    @Column(name = "new_points", nullable = false)
    public BigDecimal newPoints;

    @Column
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static void record(long assessmentId, String criterionCode, Kind kind, BigDecimal oldPoints,
            BigDecimal newPoints, String reason, String actor, OffsetDateTime at) {
        ScoreRevision r = new ScoreRevision();
        r.assessmentId = assessmentId;
        r.criterionCode = criterionCode;
        r.kind = kind;
        r.oldPoints = oldPoints;
        r.newPoints = newPoints;
        r.reason = reason;
        r.actor = actor;
        r.at = at;
        r.persist();
    }

    public static List<ScoreRevision> ofAssessment(long assessmentId) {
        return list("assessmentId = ?1 order by id", assessmentId);
    }
}
