package vn.thidua.scoring;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A criterion the secretariat declared not applicable to one unit, with the reason; it leaves that unit's maximum. */
@Entity
@Table(name = "criterion_not_applicable")
public class CriterionNotApplicable extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_id", nullable = false)
    public Long tableId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    public static List<CriterionNotApplicable> of(long tableId, String unitCode) {
        return list("tableId = ?1 and unitCode = ?2 order by criterionId", tableId, unitCode);
    }

    public static List<CriterionNotApplicable> ofTable(long tableId) {
        return list("tableId = ?1 order by unitCode, criterionId", tableId);
    }
}
