package vn.thidua.nomination;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Version;

/**
 * The quota one cluster-year has of an award type when the Central Board sets it (a bloc with two flags in a year);
 * without one, the catalogue's default quota in force applies. Carries its legal basis.
 */
@Entity
@Table(name = "cluster_quota")
public class ClusterQuota extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    @Column(nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "award_type_id", nullable = false)
    public AwardType awardType;

    @Column(name = "per_cluster_year", nullable = false)
    public int perClusterYear;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<ClusterQuota> find(String clusterCode, int year, AwardType type) {
        return find("clusterCode = ?1 and year = ?2 and awardType = ?3", clusterCode, year, type)
                .firstResultOptional();
    }

    public static List<ClusterQuota> of(String clusterCode, int year) {
        return list("clusterCode = ?1 and year = ?2", clusterCode, year);
    }
}
