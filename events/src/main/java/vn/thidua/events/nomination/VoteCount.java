package vn.thidua.events.nomination;

/** The counts of a closed acclaim vote (bỏ phiếu suy tôn): members entitled to vote, ballots cast, approvals. */
public record VoteCount(int eligible, int cast, int approve, int reject) {
}
