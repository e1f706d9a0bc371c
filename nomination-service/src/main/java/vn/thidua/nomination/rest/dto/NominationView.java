package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.NominationOrigin;
import vn.thidua.nomination.NominationStatus;

@Schema(name = "NominationView", description = "A nomination with its vote, comment window and history")
public record NominationView(String id, String clusterCode, int year, String awardType, NomineeView nominee,
        NominationOrigin origin, String basis, NominationStatus status,
        @Schema(description = "rank in the ranking when drafted from it") Integer rank, Integer rankingVersion,
        VotesView votes, LocalDate commentOpensOn, LocalDate commentClosesOn, String decisionNumber,
        LocalDate decisionDate, List<NominationAction> allowedActions, List<NominationStepView> history,
        OffsetDateTime createdAt, long version) {
}
