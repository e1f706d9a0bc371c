package vn.thidua.roster;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * This service's copy of a cluster-year's roster (members, chair, vice-chair), as cluster-service last published
 * it. Read-only for the service; only {@link RosterProjection} writes it.
 */
@Entity
@Table(name = "roster_year")
public class RosterYear extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    @Column(nullable = false)
    public int year;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roster_member", joinColumns = @JoinColumn(name = "roster_year_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code", nullable = false)
    public List<String> unitCodes = new ArrayList<>();

    @Column(name = "chair_unit_code")
    public String chairUnitCode;

    @Column(name = "vice_chair_unit_code")
    public String viceChairUnitCode;

    /** cluster-service's revision of the cluster-year; older events never overwrite newer state. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<RosterYear> find(String clusterCode, int year) {
        return find("clusterCode = ?1 and year = ?2", clusterCode, year).firstResultOptional();
    }

    public boolean hasMember(String unitCode) {
        return unitCodes.contains(unitCode);
    }
}
