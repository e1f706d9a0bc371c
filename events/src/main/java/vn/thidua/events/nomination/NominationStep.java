package vn.thidua.events.nomination;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.events.EventPayload;

/**
 * What every public nomination event carries: the nomination's whole state after its step. Each step is its own
 * record and CloudEvents type; a consumer that only needs the state can read them all through this.
 */
public interface NominationStep extends EventPayload {

    String nominationId();

    String clusterCode();

    int year();

    String awardType();

    Nominee nominee();

    String status();

    Integer rank();

    String reason();

    String decisionNumber();

    LocalDate decisionDate();

    VoteCount votes();

    Instant occurredAt();
}
