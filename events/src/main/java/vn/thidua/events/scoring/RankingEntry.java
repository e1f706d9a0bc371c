package vn.thidua.events.scoring;

import java.math.BigDecimal;

/**
 * One line of a ranking. Points are exact decimals with two places. {@code decidedBy} names what set this entry
 * apart from the next one: {@code TOTAL}, a tie-break rule of the table (e.g. {@code BONUS_DESC}), or
 * {@code SHARED} when no rule broke the tie ({@code shared} is then true and the tied units have the same rank).
 */
public record RankingEntry(int rank, String unitCode, BigDecimal total, BigDecimal bonus, BigDecimal penalty,
        String decidedBy, boolean shared) {
}
