package vn.thidua.conference.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.conference.ConferenceKind;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.conference.ElectionOutcome;
import vn.thidua.conference.ResolutionKind;

/** The answers about conferences (names unique across the suite's merged OpenAPI document). */
public final class ConferenceViews {

    private ConferenceViews() {
    }

    @Schema(name = "ConferencePersonView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(String name, String title, String unitCode, String organization) {
    }

    @Schema(name = "ConferenceAttendeeView")
    public record AttendeeView(String unitCode, List<PersonView> delegates) {
    }

    @Schema(name = "ConferencePaperView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaperView(String unitCode, String title, String presenter) {
    }

    @Schema(name = "ConferenceResolutionView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResolutionView(String id, ResolutionKind kind, Integer forYear, String chairUnitCode,
            String viceChairUnitCode, String fromUnitCode, String toUnitCode, Long amountVnd, String purpose,
            List<String> beneficiaries, Integer collectivesCount, Integer individualsCount,
            List<String> nominationIds, String note, LocalDate adoptedOn,
            @Schema(description = "ELECT_LEADERSHIP only: PENDING until cluster-service reports APPLIED or REJECTED")
            ElectionOutcome outcome,
            @Schema(description = "REJECTED: the rule cluster-service named, e.g. CHAIR_NOT_MEMBER") String outcomeRule,
            String outcomeReason) {
    }

    @Schema(name = "AnnouncedNominationView", description = "A nomination of the conference's cluster and season "
            + "as nomination-service last announced it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnouncedNominationView(String nominationId, String awardType, String nomineeKind, String unitCode,
            String name, String position, String status, Integer rank, String reason, String decisionNumber,
            LocalDate decisionDate, Map<String, Integer> votes, Instant occurredAt) {
    }

    @Schema(name = "ConferenceView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConferenceView(String id, String clusterCode, ConferenceKind kind, int seasonYear,
            String hostUnitCode, String location,
            @Schema(description = "In Asia/Ho_Chi_Minh") OffsetDateTime startsAt, ConferenceStatus status,
            @Schema(description = "The reason of a cancellation") String statusReason,
            @Schema(description = "A preparatory session: its annual review") String annualReviewId,
            List<PersonView> presiding, List<PersonView> guests,
            @Schema(description = "Absent until recorded") List<AttendeeView> attendance,
            @Schema(description = "Members of the season's roster not in the recorded attendance")
            List<String> absentUnitCodes,
            List<PaperView> papers, List<ResolutionView> resolutions,
            @Schema(description = "Single reads only: nominations of the cluster and season (results announced)")
            List<AnnouncedNominationView> results,
            long version) {
    }

    @Schema(name = "ConferencePage", description = "A page of conferences (without results); page counts from 0")
    public record ConferencePage(List<ConferenceView> items, int page, int size, long total) {
    }
}
