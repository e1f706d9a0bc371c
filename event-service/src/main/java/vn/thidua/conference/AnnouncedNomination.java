package vn.thidua.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A nomination of a cluster-year as nomination-service last announced it on {@code thidua.nomination.v1} (results
 * announced): the read model a conference shows without calling nomination-service. Written only by the consumer.
 */
@Entity
@Table(name = "announced_nomination")
public class AnnouncedNomination extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public String nominationId;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "award_type")
    public String awardType;

    @Column(name = "nominee_kind")
    public String nomineeKind;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "nominee_name")
    public String nomineeName;

    @Column(name = "nominee_position")
    public String nomineePosition;

    @Column(nullable = false)
    public String status;

    public Integer rank;

    public String reason;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /** The vote count as JSON text ({eligible, cast, approve, reject}); null before a vote. */
    public String votes;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<AnnouncedNomination> of(String clusterCode, int year) {
        return list("clusterCode = ?1 and year = ?2 order by rank nulls last, awardType, nominationId", clusterCode,
                year);
    }
}
