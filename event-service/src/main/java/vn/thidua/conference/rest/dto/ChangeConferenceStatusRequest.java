package vn.thidua.conference.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.support.web.FreeText;

/** SCHEDULED → HELD → CLOSED, or SCHEDULED → CANCELLED with a reason. */
@Schema(name = "ChangeConferenceStatusRequest")
public record ChangeConferenceStatusRequest(
        @NotNull ConferenceStatus status,
        @FreeText @Size(max = 2000) @Schema(description = "Required when CANCELLED") String reason) {
}
