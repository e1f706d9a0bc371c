package vn.thidua.conference.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The member units present and their delegates; replaces an earlier list. */
@Schema(name = "RecordAttendanceRequest")
public record RecordAttendanceRequest(@NotNull @Valid @Size(max = 200) List<@NotNull ConferenceAttendeeInput> units) {
}
