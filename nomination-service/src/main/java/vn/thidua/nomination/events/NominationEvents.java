package vn.thidua.nomination.events;

import java.time.Instant;

import vn.thidua.events.EventPayload;
import vn.thidua.events.nomination.NominationAcclaimed;
import vn.thidua.events.nomination.NominationAppraised;
import vn.thidua.events.nomination.NominationContested;
import vn.thidua.events.nomination.NominationDecided;
import vn.thidua.events.nomination.NominationNotAcclaimed;
import vn.thidua.events.nomination.NominationProposed;
import vn.thidua.events.nomination.NominationReturned;
import vn.thidua.events.nomination.NominationRevoked;
import vn.thidua.events.nomination.NominationWithdrawn;
import vn.thidua.events.nomination.NominationSubmitted;
import vn.thidua.events.nomination.Nominee;
import vn.thidua.events.nomination.VoteCount;
import vn.thidua.nomination.Nomination;

/**
 * Builds the public event of the step a nomination just took ({@code thidua.nomination.v1}, key = nomination id):
 * its state after the step. Nothing about a person beyond the name and position a decision publishes.
 */
public final class NominationEvents {

    private NominationEvents() {
    }

    public static String key(Nomination n) {
        return n.id.toString();
    }

    /** The event of the nomination's current status; null for RECEIVED, which is not public. */
    public static EventPayload of(Nomination n, String reason, Instant at) {
        String id = n.id.toString();
        String type = n.awardType.code;
        Nominee nominee = new Nominee(n.nomineeKind.name(), n.nomineeUnitCode, n.nomineeName, n.nomineePosition);
        String status = n.status.name();
        VoteCount votes = n.votesCast == null ? null
                : new VoteCount(n.votesEligible, n.votesCast, n.votesApprove, n.votesReject);
        return switch (n.status) {
            case PROPOSED -> new NominationProposed(id, n.clusterCode, n.year, type, nominee, status, n.rank, reason,
                    null, null, votes, at);
            case CONTESTED -> new NominationContested(id, n.clusterCode, n.year, type, nominee, status, n.rank,
                    reason, null, null, votes, at);
            case ACCLAIMED -> new NominationAcclaimed(id, n.clusterCode, n.year, type, nominee, status, n.rank,
                    reason, null, null, votes, at);
            case NOT_ACCLAIMED -> new NominationNotAcclaimed(id, n.clusterCode, n.year, type, nominee, status, n.rank,
                    reason, null, null, votes, at);
            case SUBMITTED -> new NominationSubmitted(id, n.clusterCode, n.year, type, nominee, status, n.rank, reason,
                    null, null, votes, at);
            case RETURNED_FOR_SUPPLEMENT -> new NominationReturned(id, n.clusterCode, n.year, type, nominee, status,
                    n.rank, reason, null, null, votes, at);
            case APPRAISED_ELIGIBLE, APPRAISED_INELIGIBLE -> new NominationAppraised(id, n.clusterCode, n.year, type,
                    nominee, status, n.rank, reason, null, null, votes, at);
            case DECIDED_AWARDED, DECIDED_REJECTED -> new NominationDecided(id, n.clusterCode, n.year, type, nominee,
                    status, n.rank, reason, n.decisionNumber, n.decisionDate, votes, at);
            case REVOKED -> new NominationRevoked(id, n.clusterCode, n.year, type, nominee, status, n.rank, reason,
                    n.decisionNumber, n.decisionDate, votes, at);
            case WITHDRAWN -> new NominationWithdrawn(id, n.clusterCode, n.year, type, nominee, status, n.rank,
                    reason, null, null, votes, at);
            case RECEIVED -> null;
        };
    }
}
