package vn.thidua.conference.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member unit signs the emulation pledge of a cluster-year. */
@Schema(name = "SignPledgeRequest")
public record SignPledgeRequest(
        @NotBlank @Size(max = 32) @Schema(examples = "08") String unitCode,
        @NotNull @Schema(description = "Day of signature; not in the future, in the pledge's year or the year before",
                examples = "2025-03-22") LocalDate signedOn,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '-' and '_' only")
        @Schema(description = "The conference where it was signed; omitted for a member that signed later")
        String conferenceId) {
}
