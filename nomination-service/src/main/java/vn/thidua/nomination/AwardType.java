package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of the award catalogue (danh mục danh hiệu thi đua, hình thức khen thưởng). Reference data: seeded and
 * changed by Flyway migrations only, each naming its legal basis.
 */
@Entity
@Table(name = "award_type")
public class AwardType extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** Catalogue order: highest distinction first within a category. */
    @Column(nullable = false)
    public int position;

    /** Documents the dossier must hold before it is submitted, comma-separated {@link DocumentType} names. */
    @Column(name = "required_documents", nullable = false)
    public String requiredDocuments;

    /** Working days its nominees are published for comment before submission; null: no public comment. */
    @Column(name = "public_comment_working_days")
    public Integer publicCommentWorkingDays;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day the award type can be proposed, or null while in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    @Column(nullable = false)
    public long version;

    /** Quotas per cluster-year over time; most award types have none. */
    @OneToMany(mappedBy = "awardType", fetch = FetchType.EAGER)
    @OrderBy("validFrom")
    public List<AwardQuota> quotas = new ArrayList<>();

    public static Optional<AwardType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<DocumentType> requiredDocumentTypes() {
        return requiredDocuments.isBlank() ? List.of()
                : java.util.Arrays.stream(requiredDocuments.split(",")).map(String::trim).map(DocumentType::valueOf)
                        .toList();
    }

    public boolean requiresPublicComment() {
        return publicCommentWorkingDays != null;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The quota per cluster-year in force on {@code day}, if the award type has one. */
    public Optional<AwardQuota> quotaOn(LocalDate day) {
        return quotas.stream().filter(q -> q.isValidOn(day)).findFirst();
    }
}
