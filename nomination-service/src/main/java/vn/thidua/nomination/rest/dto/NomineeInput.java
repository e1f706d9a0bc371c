package vn.thidua.nomination.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.nomination.NomineeKind;

/** Who is nominated: the unit itself, or a collective or person of it (name and position as a decision prints them). */
public record NomineeInput(@NotNull NomineeKind kind, @NotBlank @Size(max = 64) String unitCode,
        @Size(max = 300) String name, @Size(max = 300) String position) {
}
