package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One unit in one cluster-year's roster. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_year_id", nullable = false, updatable = false)
    public ClusterYear clusterYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    public Unit unit;

    @Column(name = "added_at", nullable = false, updatable = false)
    public Instant addedAt;

    protected Membership() {
    }

    static Membership of(ClusterYear clusterYear, Unit unit) {
        Membership membership = new Membership();
        membership.clusterYear = clusterYear;
        membership.unit = unit;
        membership.addedAt = Instant.now();
        return membership;
    }

    /** Every membership of these units, newest year first, then by cluster code. */
    public static List<Membership> ofUnits(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return find("select m from Membership m join fetch m.clusterYear y join fetch y.cluster c join fetch m.unit u "
                + "where m.unit in ?1 order by y.year desc, c.code, u.code", units).list();
    }
}
