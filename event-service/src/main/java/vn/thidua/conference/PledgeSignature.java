package vn.thidua.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;

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

/** One member's signature of a cluster-year's pledge (ký giao ước thi đua). */
@Entity
@Table(name = "pledge_signature")
public class PledgeSignature extends PanacheEntityBase {

    /** Earliest signature first; same day in recording order. */
    static final Comparator<PledgeSignature> ORDER = Comparator.comparing((PledgeSignature s) -> s.signedOn)
            .thenComparing(s -> s.recordedAt);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id", nullable = false)
    public Pledge pledge;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    /** The conference where it was signed; null for a member that signed later, outside a conference. */
    @Column(name = "conference_id")
    public String conferenceId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
