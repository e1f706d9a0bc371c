package vn.thidua.conference.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person named at a conference: presiding, a guest (with the title) or a unit's delegate. */
@Schema(name = "ConferencePersonInput")
public record ConferencePersonInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Phạm Huy Giang") String name,
        @Size(max = 200) @Schema(examples = "Phó Trưởng Ban Thi đua – Khen thưởng Trung ương") String title,
        @Size(max = 32) @Schema(description = "The member unit the person represents, if any") String unitCode,
        @Size(max = 300) @Schema(description = "A guest's body, e.g. Ban Thi đua – Khen thưởng Trung ương")
        String organization) {
}
