package vn.thidua.conference.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.thidua.conference.ConferenceKind;
import vn.thidua.support.web.ValidYear;

/** Schedules a conference of a cluster-year. */
@Schema(name = "ScheduleConferenceRequest")
public record ScheduleConferenceRequest(
        @NotBlank @Size(max = 64) String clusterCode,
        @NotNull ConferenceKind kind,
        @NotNull @ValidYear @Schema(description = "The season (result year) it reviews: the annual review for 2024 "
                + "is held early in 2025") Integer seasonYear,
        @NotBlank @Size(max = 32) @Schema(description = "A member of the season's cluster-year, not necessarily the "
                + "chair") String hostUnitCode,
        @Size(max = 300) @Schema(examples = "Tuyên Quang") String location,
        @NotNull @Schema(description = "With its offset; shown in Asia/Ho_Chi_Minh",
                examples = "2025-03-14T08:00:00+07:00") OffsetDateTime startsAt,
        @Valid @Size(max = 20) List<@NotNull ConferencePersonInput> presiding,
        @Valid @Size(max = 50) List<@NotNull ConferencePersonInput> guests,
        @Size(max = 36) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and '-' only")
        @Schema(description = "A preparatory session: the annual review it prepares") String annualReviewId) {
}
