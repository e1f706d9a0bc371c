package vn.thidua.events.nomination;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/**
 * A draft proposed from a ranking was withdrawn: an amended ranking no longer puts its unit within the quota, with
 * the reason. Public: other agencies consume it, so that a proposal they saw does not stay open. Every nomination
 * event carries the same fields (the nomination's state after the step); fields that do not apply to the step are
 * null. Key: {@code nominationId}.
 */
@EventType(value = "vn.thidua.nomination.withdrawn.v1", topic = Topics.NOMINATION)
public record NominationWithdrawn(String nominationId, String clusterCode, int year, String awardType, Nominee nominee,
        String status, Integer rank, String reason, String decisionNumber, LocalDate decisionDate, VoteCount votes,
        Instant occurredAt) implements NominationStep {
}
