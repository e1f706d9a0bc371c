package vn.thidua.nomination;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a nomination's history: the status it reached, by which action, who, when and why. Append-only. */
@Entity
@Table(name = "nomination_step")
public class NominationStep extends PanacheEntityBase {

    /** Actions that are not workflow transitions: drafting, and an amended ranking moving a draft. */
    public static final String PROPOSE = "PROPOSE";
    public static final String FOLLOW_RANKING = "FOLLOW_RANKING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false)
    public Nomination nomination;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    public String reason;
}
