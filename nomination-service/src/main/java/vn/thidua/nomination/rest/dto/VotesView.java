package vn.thidua.nomination.rest.dto;

/** Counts of a closed acclaim vote. */
public record VotesView(int eligible, int cast, int approve, int reject) {
}
