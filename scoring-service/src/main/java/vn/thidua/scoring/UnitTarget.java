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

/** A unit's registered target (chỉ tiêu đăng ký) for one target-based criterion of a table. */
@Entity
@Table(name = "unit_target")
public class UnitTarget extends PanacheEntityBase {

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
    public BigDecimal target;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    public static List<UnitTarget> of(long tableId, String unitCode) {
        return list("tableId = ?1 and unitCode = ?2 order by criterionId", tableId, unitCode);
    }
}
