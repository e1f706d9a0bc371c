package vn.thidua.nomination;

import java.time.LocalDate;

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

/**
 * How many proposals of an award type one cluster-year may make by default (default: 1 Government Emulation Flag,
 * 1 Prime Minister's Certificate of Merit). Configuration, not a law of nature: real decisions show blocs with two
 * flags in a year, so the number, its legal basis and its validity dates are data.
 */
@Entity
@Table(name = "award_quota")
public class AwardQuota extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id", nullable = false)
    public AwardType awardType;

    @Column(name = "per_cluster_year", nullable = false)
    public int perClusterYear;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day in force, or null while in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
