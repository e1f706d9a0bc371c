package vn.thidua.conference.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "ConferenceAttendeeInput")
public record ConferenceAttendeeInput(
        @NotBlank @Size(max = 32) String unitCode,
        @Valid @Size(max = 50) List<@jakarta.validation.constraints.NotNull ConferencePersonInput> delegates) {
}
