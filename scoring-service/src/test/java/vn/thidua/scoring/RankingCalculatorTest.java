package vn.thidua.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.scoring.CriterionKind.BONUS;
import static vn.thidua.scoring.CriterionKind.PENALTY;
import static vn.thidua.scoring.CriterionKind.SCORE;
import static vn.thidua.scoring.TieBreakRule.BONUS_DESC;
import static vn.thidua.scoring.TieBreakRule.PENALTY_ASC;
import static vn.thidua.scoring.TieBreakRule.SHARED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.scoring.RankingCalculator.Leaf;
import vn.thidua.scoring.RankingCalculator.RankedUnit;
import vn.thidua.scoring.RankingCalculator.Totals;
import vn.thidua.scoring.RankingCalculator.UnitScores;

/** Totals and ranks without Quarkus: many small cases. */
class RankingCalculatorTest {

    private static final List<Leaf> TABLE = List.of(
            new Leaf("A", SCORE, dec("60")), new Leaf("B", SCORE, dec("40")),
            new Leaf("BON", BONUS, dec("5")), new Leaf("PEN", PENALTY, dec("5")));
    private static final List<TieBreakRule> FULL = List.of(BONUS_DESC, PENALTY_ASC, SHARED);

    // --- totals --------------------------------------------------------------------------------------------------

    @Test
    void shouldAddDecimalsExactly() {
        List<Leaf> leaves = List.of(new Leaf("X", SCORE, dec("10")), new Leaf("Y", SCORE, dec("10")));
        Totals t = RankingCalculator.totals(leaves, NotApplicableRule.POINTS, unit("1", "X", "7.25", "Y", "0.1"));
        assertEquals("7.35", t.total().toPlainString());
    }

    @Test
    void shouldAddBonusAndSubtractPenaltyOutsideTheMaximum() {
        Totals t = RankingCalculator.totals(TABLE, NotApplicableRule.POINTS,
                unit("1", "A", "60", "B", "40", "BON", "5", "PEN", "1.5"));
        assertEquals(dec("103.50"), t.total());
        assertEquals(dec("100.00"), t.points());
        assertEquals(dec("5.00"), t.bonus());
        assertEquals(dec("1.50"), t.penalty());
        assertEquals(dec("100.00"), t.applicableMax());
    }

    @Test
    void shouldCountMissingScoresAsZero() {
        assertEquals(dec("12.00"), RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "A", "12"))
                .total());
    }

    @Test
    void shouldRefusePointsAboveTheMaximum() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "A", "60.01")));
    }

    @Test
    void shouldRefuseBonusAboveItsCap() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "BON", "5.5")));
    }

    @Test
    void shouldRefusePenaltyAboveItsCap() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "PEN", "6")));
    }

    @Test
    void shouldRefuseNegativePoints() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "B", "-1")));
    }

    @Test
    void shouldRefuseMoreThanTwoDecimals() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, unit("1", "B", "1.005")));
    }

    @Test
    void shouldLeaveNotApplicableCriterionOutOfPointsAndMaximum() {
        UnitScores scores = new UnitScores("1", Map.of("A", dec("30"), "B", dec("40")), Set.of("B"));
        Totals t = RankingCalculator.totals(TABLE, NotApplicableRule.POINTS, scores);
        assertEquals(dec("30.00"), t.total());
        assertEquals(dec("60.00"), t.applicableMax());
    }

    @Test
    void shouldScaleToTheFullMaximumUnderShareOfApplicable() {
        UnitScores scores = new UnitScores("1", Map.of("A", dec("30"), "BON", dec("1")), Set.of("B"));
        Totals t = RankingCalculator.totals(TABLE, NotApplicableRule.SHARE_OF_APPLICABLE, scores);
        // 30 of 60 applicable = half of 100, plus the bonus
        assertEquals(dec("51.00"), t.total());
        assertEquals(dec("30.00"), t.points());
    }

    @Test
    void shouldRoundTheShareHalfUpToTwoDecimals() {
        List<Leaf> leaves = List.of(new Leaf("A", SCORE, dec("30")), new Leaf("B", SCORE, dec("70")));
        UnitScores scores = new UnitScores("1", Map.of("A", dec("10")), Set.of("B"));
        // 10 × 100 / 30 = 33.333...
        assertEquals(dec("33.33"), RankingCalculator.totals(leaves, NotApplicableRule.SHARE_OF_APPLICABLE, scores)
                .total());
    }

    @Test
    void shouldNotScaleAUnitWithEveryCriterionApplicable() {
        Totals t = RankingCalculator.totals(TABLE, NotApplicableRule.SHARE_OF_APPLICABLE, unit("1", "A", "33.33"));
        assertEquals(dec("33.33"), t.total());
    }

    @Test
    void shouldRankANotApplicableUnitAboveUnderShareButBelowUnderPoints() {
        UnitScores partial = new UnitScores("P", Map.of("A", dec("55")), Set.of("B"));
        UnitScores full = unit("F", "A", "50", "B", "30");
        assertEquals(List.of("F", "P"), codes(RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                List.of(partial, full))));
        assertEquals(List.of("P", "F"), codes(RankingCalculator.rank(TABLE, FULL,
                NotApplicableRule.SHARE_OF_APPLICABLE, List.of(partial, full))));
    }

    // --- ranks ---------------------------------------------------------------------------------------------------

    @Test
    void shouldRankByTotalAndRecordTotalAsTheDecider() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                List.of(unit("15", "A", "50"), unit("19", "A", "55"), unit("08", "A", "40")));
        assertEquals(List.of("19", "15", "08"), codes(r));
        assertEquals(List.of(1, 2, 3), ranks(r));
        assertTrue(r.stream().allMatch(e -> e.decidedBy().equals("TOTAL") && !e.shared()));
    }

    @Test
    void shouldBreakTieByMoreBonus() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                List.of(unit("a", "A", "50", "BON", "1"), unit("b", "A", "49", "BON", "2")));
        // equal totals 51; b has more bonus
        assertEquals(List.of("b", "a"), codes(r));
        assertEquals(List.of(1, 2), ranks(r));
        assertEquals("BONUS_DESC", r.get(0).decidedBy());
    }

    @Test
    void shouldBreakTieByFewerPenaltyWhenBonusIsEqual() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                List.of(unit("a", "A", "52", "PEN", "2"), unit("b", "A", "51", "PEN", "1")));
        assertEquals(List.of("b", "a"), codes(r));
        assertEquals("PENALTY_ASC", r.get(0).decidedBy());
    }

    @Test
    void shouldApplyRulesInTheTablesOrder() {
        // a: more bonus, more penalty; b: less bonus, less penalty; totals equal (50)
        UnitScores a = unit("a", "A", "50", "BON", "3", "PEN", "3");
        UnitScores b = unit("b", "A", "50", "BON", "1", "PEN", "1");
        List<RankedUnit> bonusFirst = RankingCalculator.rank(TABLE, List.of(BONUS_DESC, PENALTY_ASC, SHARED),
                NotApplicableRule.POINTS, List.of(a, b));
        assertEquals(List.of("a", "b"), codes(bonusFirst));
        assertEquals("BONUS_DESC", bonusFirst.get(0).decidedBy());
        List<RankedUnit> penaltyFirst = RankingCalculator.rank(TABLE, List.of(PENALTY_ASC, BONUS_DESC, SHARED),
                NotApplicableRule.POINTS, List.of(a, b));
        assertEquals(List.of("b", "a"), codes(penaltyFirst));
        assertEquals("PENALTY_ASC", penaltyFirst.get(0).decidedBy());
    }

    @Test
    void shouldShareTheRankWhenNoRuleBreaksTheTie() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS, List.of(
                unit("d", "A", "10"), unit("c", "A", "50"), unit("b", "A", "50"), unit("a", "A", "60")));
        assertEquals(List.of("a", "b", "c", "d"), codes(r));
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
        assertEquals(List.of("TOTAL", "SHARED", "SHARED", "TOTAL"), r.stream().map(RankedUnit::decidedBy).toList());
        assertEquals(List.of(false, true, true, false), r.stream().map(RankedUnit::shared).toList());
    }

    @Test
    void shouldShareWhenPolicyIsSharedAloneEvenIfBonusDiffers() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, List.of(SHARED), NotApplicableRule.POINTS,
                List.of(unit("a", "A", "50", "BON", "1"), unit("b", "A", "49", "BON", "2")));
        assertEquals(List.of(1, 1), ranks(r));
        assertTrue(r.stream().allMatch(RankedUnit::shared));
    }

    @Test
    void shouldShareAfterBonusWhenPenaltyIsNotInThePolicy() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, List.of(BONUS_DESC, SHARED), NotApplicableRule.POINTS,
                List.of(unit("a", "A", "52", "PEN", "2"), unit("b", "A", "51", "PEN", "1")));
        assertEquals(List.of(1, 1), ranks(r));
    }

    @Test
    void shouldShareAmongThreeAndContinueWithTheNextRank() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS, List.of(
                unit("x", "A", "20"), unit("y", "A", "20"), unit("z", "A", "20"), unit("w", "A", "19.99")));
        assertEquals(List.of(1, 1, 1, 4), ranks(r));
        assertEquals("TOTAL", r.get(3).decidedBy());
    }

    @Test
    void shouldListSharedUnitsByUnitCodeWhateverTheInputOrder() {
        List<UnitScores> units = new ArrayList<>(List.of(unit("c", "A", "5"), unit("a", "A", "5"),
                unit("b", "A", "5")));
        assertEquals(List.of("a", "b", "c"), codes(RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                units)));
        java.util.Collections.reverse(units);
        assertEquals(List.of("a", "b", "c"), codes(RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                units)));
    }

    @Test
    void shouldMixTotalBonusAndSharedDecidersInOneRanking() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS, List.of(
                unit("19", "A", "60", "B", "36.5"),
                unit("15", "A", "55", "B", "38.75", "BON", "1.5", "PEN", "0.5"),
                unit("08", "A", "55", "B", "39.75", "BON", "1", "PEN", "1"),
                unit("25", "A", "55", "B", "39.75", "BON", "1", "PEN", "1")));
        assertEquals(List.of("19", "15", "08", "25"), codes(r));
        assertEquals(List.of(1, 2, 3, 3), ranks(r));
        assertEquals(List.of("TOTAL", "BONUS_DESC", "SHARED", "SHARED"),
                r.stream().map(RankedUnit::decidedBy).toList());
    }

    @Test
    void shouldRankASingleUnitFirstByTotal() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS, List.of(unit("1")));
        assertEquals(1, r.get(0).rank());
        assertEquals("TOTAL", r.get(0).decidedBy());
    }

    @Test
    void shouldRankNobodyWhenThereAreNoUnits() {
        assertTrue(RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS, List.of()).isEmpty());
    }

    @Test
    void shouldRankNegativeTotalsBelowZero() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, FULL, NotApplicableRule.POINTS,
                List.of(unit("neg", "PEN", "3"), unit("zero")));
        assertEquals(List.of("zero", "neg"), codes(r));
        assertEquals(dec("-3.00"), r.get(1).total());
    }

    @Test
    void shouldTreatEqualTotalsWrittenWithDifferentScalesAsATie() {
        List<RankedUnit> r = RankingCalculator.rank(TABLE, List.of(SHARED), NotApplicableRule.POINTS,
                List.of(unit("a", "A", "7.5"), unit("b", "A", "7.50")));
        assertEquals(List.of(1, 1), ranks(r));
    }

    @Test
    void shouldComputeProportionalTargetPointsCappedAtTheMaximum() {
        assertEquals(dec("7.50"), TargetRule.PROPORTIONAL.points(dec("10"), dec("200"), dec("150")));
        assertEquals(dec("10.00"), TargetRule.PROPORTIONAL.points(dec("10"), dec("200"), dec("260")));
        assertEquals(dec("3.33"), TargetRule.PROPORTIONAL.points(dec("10"), dec("3"), dec("1")));
        assertEquals(dec("0.00"), TargetRule.PROPORTIONAL.points(dec("10"), dec("3"), dec("0")));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static UnitScores unit(String code, String... pairs) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            points.put(pairs[i], dec(pairs[i + 1]));
        }
        return new UnitScores(code, points, Set.of());
    }

    private static List<String> codes(List<RankedUnit> ranking) {
        return ranking.stream().map(RankedUnit::unitCode).toList();
    }

    private static List<Integer> ranks(List<RankedUnit> ranking) {
        return ranking.stream().map(RankedUnit::rank).toList();
    }

    /** Two places when the value has at most two, else as written (to feed the calculator a bad value). */
    private static BigDecimal dec(String value) {
        BigDecimal d = new BigDecimal(value);
        return d.scale() <= 2 ? d.setScale(2) : d;
    }
}
