package vn.thidua.events.conference;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A conference adopted a resolution (nghị quyết / kết luận hội nghị). One type for every kind: {@code kind} is one
 * of ELECT_LEADERSHIP, HAND_OVER_FLAG, SUPPORT_FUNDS, AWARDS_PRESENTED; the other fields apply by kind (the schema
 * says which are required for which kind). Optional since the first version: {@code purpose} and
 * {@code beneficiaries} (SUPPORT_FUNDS), {@code collectivesCount}, {@code individualsCount} and
 * {@code nominationIds} (AWARDS_PRESENTED). Key: {@code clusterCode/forYear} for leadership (successive elections of
 * one year stay in order), else {@code resolutionId}.
 */
@EventType(value = "vn.thidua.conference.resolution-adopted.v1", topic = Topics.CONFERENCE)
public record ResolutionAdopted(String resolutionId, String conferenceId, String clusterCode, String kind,
        Integer forYear, String chairUnitCode, String viceChairUnitCode, String fromUnitCode, String toUnitCode,
        Long amountVnd, String note, LocalDate adoptedOn, String purpose, List<String> beneficiaries,
        Integer collectivesCount, Integer individualsCount, List<String> nominationIds) implements EventPayload {

    /** The fields of the first version only. */
    public ResolutionAdopted(String resolutionId, String conferenceId, String clusterCode, String kind,
            Integer forYear, String chairUnitCode, String viceChairUnitCode, String fromUnitCode, String toUnitCode,
            Long amountVnd, String note, LocalDate adoptedOn) {
        this(resolutionId, conferenceId, clusterCode, kind, forYear, chairUnitCode, viceChairUnitCode, fromUnitCode,
                toUnitCode, amountVnd, note, adoptedOn, null, null, null, null, null);
    }
}
