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

/** One entry of a ranking version, in rank order ({@code position}). */
@Entity
@Table(name = "ranking_entry")
public class RankingLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ranking_id", nullable = false)
    public Long rankingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int rank;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(nullable = false)
    public BigDecimal bonus;

    @Column(nullable = false)
    public BigDecimal penalty;

    @Column(name = "applicable_max", nullable = false)
    public BigDecimal applicableMax;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(nullable = false)
    public boolean shared;

    public static List<RankingLine> of(long rankingId) {
        return list("rankingId = ?1 order by position", rankingId);
    }
}
