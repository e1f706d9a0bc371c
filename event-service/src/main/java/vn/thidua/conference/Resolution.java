package vn.thidua.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.support.problem.RuleViolation;

/**
 * A resolution adopted at a HELD conference. The fields used depend on {@link #kind}; an election carries the
 * outcome cluster-service reported (APPLIED, or REJECTED with the rule and reason).
 */
@Entity
@Table(name = "conference_resolution")
public class Resolution extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    public Conference conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResolutionKind kind;

    @Column(name = "for_year")
    public Integer forYear;

    @Column(name = "chair_unit_code")
    public String chairUnitCode;

    @Column(name = "vice_chair_unit_code")
    public String viceChairUnitCode;

    @Column(name = "from_unit_code")
    public String fromUnitCode;

    @Column(name = "to_unit_code")
    public String toUnitCode;

    @Column(name = "amount_vnd")
    public Long amountVnd;

    public String purpose;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> beneficiaries = new ArrayList<>();

    @Column(name = "collectives_count")
    public Integer collectivesCount;

    @Column(name = "individuals_count")
    public Integer individualsCount;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "nomination_ids")
    public List<String> nominationIds = new ArrayList<>();

    public String note;

    @Column(name = "adopted_on", nullable = false)
    public LocalDate adoptedOn;

    @Enumerated(EnumType.STRING)
    public ElectionOutcome outcome;

    @Column(name = "outcome_rule")
    public String outcomeRule;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /**
     * The fields a kind needs ({@code RESOLUTION_FIELD_REQUIRED}, 422, naming the field). ELECT_LEADERSHIP: for the
     * year after the season ({@code ELECTION_YEAR_NOT_NEXT}), a chair, a vice-chair other than the chair
     * ({@code CHAIR_AND_VICE_CHAIR_SAME}); whether they are members of that year is cluster-service's rule, reported
     * back as the outcome. HAND_OVER_FLAG: from one unit to another ({@code FLAG_HANDOVER_SAME_UNIT}).
     * SUPPORT_FUNDS: a positive amount. AWARDS_PRESENTED: counts of collectives and individuals, not both zero.
     */
    void validateFor(Conference conference) {
        switch (kind) {
            case ELECT_LEADERSHIP -> {
                require("forYear", forYear);
                require("chairUnitCode", chairUnitCode);
                if (forYear != conference.seasonYear + 1) {
                    throw RuleViolation.unprocessable("ELECTION_YEAR_NOT_NEXT", "A conference of season "
                            + conference.seasonYear + " elects the leadership of " + (conference.seasonYear + 1)
                            + ", not " + forYear);
                }
                if (chairUnitCode.equals(viceChairUnitCode)) {
                    throw RuleViolation.unprocessable("CHAIR_AND_VICE_CHAIR_SAME",
                            "Chair and vice-chair are different units");
                }
                outcome = ElectionOutcome.PENDING;
            }
            case HAND_OVER_FLAG -> {
                require("fromUnitCode", fromUnitCode);
                require("toUnitCode", toUnitCode);
                if (fromUnitCode.equals(toUnitCode)) {
                    throw RuleViolation.unprocessable("FLAG_HANDOVER_SAME_UNIT",
                            "The flag passes from the outgoing to another, incoming chair");
                }
            }
            case SUPPORT_FUNDS -> {
                require("amountVnd", amountVnd);
                if (amountVnd <= 0) {
                    throw RuleViolation.unprocessable("SUPPORT_AMOUNT_NOT_POSITIVE", "amountVnd must be positive");
                }
            }
            case AWARDS_PRESENTED -> {
                require("collectivesCount", collectivesCount);
                require("individualsCount", individualsCount);
                if (collectivesCount < 0 || individualsCount < 0 || collectivesCount + individualsCount == 0) {
                    throw RuleViolation.unprocessable("AWARDS_COUNT_INVALID",
                            "Counts are not negative and not both zero");
                }
            }
        }
    }

    /** cluster-service applied or rejected this election. */
    public void recordOutcome(ElectionOutcome result, String rule, String reason) {
        outcome = result;
        outcomeRule = rule;
        outcomeReason = reason;
    }

    private void require(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw RuleViolation.unprocessable("RESOLUTION_FIELD_REQUIRED", "A " + kind + " resolution names "
                    + field);
        }
    }
}
