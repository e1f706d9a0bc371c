package vn.thidua.nomination.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member unit's ballot in the acclaim vote. */
public record BallotRequest(@NotBlank @Size(max = 64) String voterUnitCode, @NotNull Boolean approve) {
}
