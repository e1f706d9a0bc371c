package vn.thidua.nomination.rest.dto;

import java.time.OffsetDateTime;

import vn.thidua.nomination.NominationStatus;

/** One line of a nomination's history. */
public record NominationStepView(NominationStatus status, String action, OffsetDateTime at, String actor,
        String reason) {
}
