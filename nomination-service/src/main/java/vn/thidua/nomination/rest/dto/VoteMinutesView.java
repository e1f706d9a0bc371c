package vn.thidua.nomination.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;

import vn.thidua.nomination.NominationStatus;

/** The minutes (biên bản) of an acclaim vote: who could vote, the ballots, the counts and, once closed, the result. */
public record VoteMinutesView(String nominationId, String clusterCode, int year, String awardType,
        String awardNameVi, NomineeView nominee, List<String> eligibleUnitCodes, List<BallotView> ballots,
        VotesView votes, boolean quorumReached, boolean thresholdPassed,
        NominationStatus result, String rule, OffsetDateTime closedAt) {
}
