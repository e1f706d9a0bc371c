package vn.thidua.events.nomination;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A nomination was proposed (đề nghị), from a ranking or by hand. Public: other agencies consume it. Every nomination event carries the same fields (the nomination's state
 * after the step); fields that do not apply to the step are null. Key: {@code nominationId}.
 */
@EventType(value = "vn.thidua.nomination.proposed.v1", topic = Topics.NOMINATION)
public record NominationProposed(String nominationId, String clusterCode, int year, String awardType, Nominee nominee,
        String status, Integer rank, String reason, String decisionNumber, LocalDate decisionDate, VoteCount votes,
        Instant occurredAt) implements NominationStep {
}
