package vn.thidua.nomination;

import java.util.List;

/**
 * Quorum and threshold of an acclaim vote (bỏ phiếu suy tôn), as fractions: the vote is valid when
 * {@code cast / eligible >= quorum} and passes when {@code approve / cast > threshold}. Exact integer arithmetic, so
 * "two thirds" of 7 members is 5 ballots, not 4.67 rounded somewhere. Where the nominee may not vote on its own
 * nomination, it is not among the eligible either, so it cannot keep a quorum from being reached.
 */
public record AcclaimVotePolicy(int quorumNumerator, int quorumDenominator, int thresholdNumerator,
        int thresholdDenominator, boolean nomineeMayVote) {

    public AcclaimVotePolicy {
        if (quorumDenominator <= 0 || thresholdDenominator <= 0 || quorumNumerator < 0 || thresholdNumerator < 0
                || quorumNumerator > quorumDenominator || thresholdNumerator > thresholdDenominator) {
            throw new IllegalArgumentException("quorum and threshold are fractions between 0 and 1");
        }
    }

    /** The member units that vote on a nomination of {@code nomineeUnitCode}, in roster order. */
    public List<String> eligibleVoters(List<String> members, String nomineeUnitCode) {
        return members.stream().filter(u -> mayVote(u, nomineeUnitCode)).toList();
    }

    /** Whether a member unit may cast a ballot on a nomination of {@code nomineeUnitCode} (null: not a unit). */
    public boolean mayVote(String voterUnitCode, String nomineeUnitCode) {
        return nomineeMayVote || !voterUnitCode.equals(nomineeUnitCode);
    }

    /** Enough members voted: {@code cast >= eligible × quorum}. No eligible member means no valid vote. */
    public boolean quorumReached(int eligible, int cast) {
        return eligible > 0 && (long) cast * quorumDenominator >= (long) eligible * quorumNumerator;
    }

    /** More than the threshold of the ballots cast approve. */
    public boolean thresholdPassed(int cast, int approve) {
        return cast > 0 && (long) approve * thresholdDenominator > (long) cast * thresholdNumerator;
    }

    public NominationStatus result(int eligible, int cast, int approve) {
        return quorumReached(eligible, cast) && thresholdPassed(cast, approve) ? NominationStatus.ACCLAIMED
                : NominationStatus.NOT_ACCLAIMED;
    }
}
