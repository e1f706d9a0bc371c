package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A leadership election adopted by a conference (event-service's {@code resolution-adopted}, kind ELECT_LEADERSHIP)
 * and what this service did with it: APPLIED to the cluster-year, or REJECTED with the rule that refused it.
 * Kept so that a refused resolution is visible instead of silently dropped.
 */
@Entity
@Table(name = "leadership_resolution")
public class LeadershipResolution extends PanacheEntityBase {

    @Schema(name = "LeadershipResolutionStatus")
    public enum Status {
        APPLIED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resolution_id", nullable = false, unique = true, updatable = false)
    public String resolutionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "conference_id", updatable = false)
    public String conferenceId;

    @Column(name = "cluster_code", updatable = false)
    public String clusterCode;

    @Column(name = "for_year", updatable = false)
    public Integer forYear;

    @Column(name = "chair_unit_code", updatable = false)
    public String chairUnitCode;

    @Column(name = "vice_chair_unit_code", updatable = false)
    public String viceChairUnitCode;

    @Column(name = "adopted_on", updatable = false)
    public LocalDate adoptedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Status status;

    /** The rule that refused it (e.g. CHAIR_NOT_MEMBER); null when applied. */
    @Column(updatable = false)
    public String rule;

    @Column(updatable = false)
    public String reason;

    /** Revision of the cluster-year after it was applied (unchanged when it repeated the current leadership). */
    @Column(name = "cluster_year_revision", updatable = false)
    public Long clusterYearRevision;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    public static Optional<LeadershipResolution> findByResolutionId(String resolutionId) {
        return find("resolutionId", resolutionId).firstResultOptional();
    }
}
