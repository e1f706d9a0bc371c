package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.nomination.NominationAction;
import vn.thidua.support.web.FreeText;

/** One workflow step: RETURN needs a reason, DECIDE_* a decision number and date, REVOKE a reason and a decision. */
public record TransitionRequest(@NotNull NominationAction action, @FreeText @Size(max = 2000) String reason,
        @Size(max = 100) String decisionNumber, LocalDate decisionDate) {
}
