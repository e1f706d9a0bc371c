package vn.thidua.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.scoring.CriterionKind.BONUS;
import static vn.thidua.scoring.CriterionKind.GROUP;
import static vn.thidua.scoring.CriterionKind.PENALTY;
import static vn.thidua.scoring.CriterionKind.SCORE;
import static vn.thidua.scoring.TieBreakRule.BONUS_DESC;
import static vn.thidua.scoring.TieBreakRule.PENALTY_ASC;
import static vn.thidua.scoring.TieBreakRule.SHARED;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.thidua.support.problem.RuleViolation;

/** The structural rules of a scoring table, without Quarkus. */
class ScoringTableValidatorTest {

    private static final List<TieBreakRule> POLICY = List.of(BONUS_DESC, PENALTY_ASC, SHARED);

    // --- valid tables --------------------------------------------------------------------------------------------

    @Test
    void shouldAcceptTypicalClusterTableAndComputeItsMaximum() {
        List<CriterionSpec> table = List.of(
                group("I", "70", score("I.1", "20"), score("I.2", "15"), score("I.3", "15"), score("I.4", "20")),
                group("II", "30", score("II.1", "15"), score("II.2", "15")),
                leaf(BONUS, "B", "5"),
                leaf(PENALTY, "P", "5"));
        assertEquals(0, new BigDecimal("100").compareTo(ScoringTableValidator.validate(POLICY, table)));
    }

    @Test
    void shouldAcceptFlatTableOfScoreLeaves() {
        assertEquals(0, new BigDecimal("30").compareTo(
                ScoringTableValidator.validate(List.of(SHARED), List.of(score("1", "10"), score("2", "20")))));
    }

    @Test
    void shouldAcceptNestedGroupsWhoseMaximaAddUp() {
        List<CriterionSpec> table = List.of(group("A", "50",
                group("A.1", "30", score("A.1.a", "10"), score("A.1.b", "20")),
                score("A.2", "20")));
        assertEquals(0, new BigDecimal("50").compareTo(ScoringTableValidator.validate(POLICY, table)));
    }

    @Test
    void shouldAcceptDecimalMaxima() {
        List<CriterionSpec> table = List.of(group("A", "10", score("A.1", "2.5"), score("A.2", "7.50")));
        assertEquals(0, new BigDecimal("10").compareTo(ScoringTableValidator.validate(POLICY, table)));
    }

    @Test
    void shouldLeaveBonusAndPenaltyInsideGroupOutOfTheGroupMaximum() {
        List<CriterionSpec> table = List.of(group("A", "10", score("A.1", "10"), leaf(BONUS, "A.B", "2"),
                leaf(PENALTY, "A.P", "3")));
        assertEquals(0, new BigDecimal("10").compareTo(ScoringTableValidator.validate(POLICY, table)));
    }

    @Test
    void shouldLeaveTopLevelBonusAndPenaltyOutOfTheTableMaximum() {
        List<CriterionSpec> table = List.of(score("1", "100"), leaf(BONUS, "B", "10"), leaf(PENALTY, "P", "20"));
        assertEquals(0, new BigDecimal("100").compareTo(ScoringTableValidator.validate(POLICY, table)));
    }

    @Test
    void shouldAcceptTableAtTheDeepestAllowedLevel() {
        CriterionSpec deepest = score("L5", "1");
        CriterionSpec l4 = group("L4", "1", deepest);
        CriterionSpec l3 = group("L3", "1", l4);
        CriterionSpec l2 = group("L2", "1", l3);
        CriterionSpec l1 = group("L1", "1", l2);
        ScoringTableValidator.validate(POLICY, List.of(l1));
    }

    // --- maxima --------------------------------------------------------------------------------------------------

    @Test
    void shouldRejectGroupWhoseMaximumIsNotTheSumOfItsChildren() {
        assertRule("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN",
                () -> validate(group("I", "70", score("I.1", "20"), score("I.2", "40"))));
    }

    @Test
    void shouldRejectGroupWhoseMaximumExceedsTheSumOfItsChildren() {
        assertRule("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN",
                () -> validate(group("I", "10", score("I.1", "9.99"))));
    }

    @Test
    void shouldRejectGroupThatCountsItsBonusTowardsItsMaximum() {
        assertRule("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN",
                () -> validate(group("I", "15", score("I.1", "10"), leaf(BONUS, "I.B", "5"))));
    }

    @Test
    void shouldRejectInnerGroupWhoseMaximumDoesNotAddUpEvenWhenOuterDoes() {
        assertRule("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN",
                () -> validate(group("A", "30", group("A.1", "30", score("A.1.a", "10"), score("A.1.b", "10")))));
    }

    @Test
    void shouldNameTheGroupAtFaultInTheDetail() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> validate(score("1", "5"), group("II", "30", score("II.1", "15"), score("II.2", "10"))));
        assertTrue(violation.getMessage().contains("II"), violation.getMessage());
        assertTrue(violation.getMessage().contains("25"), violation.getMessage());
    }

    @Test
    void shouldRejectZeroMaximum() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(score("1", "0")));
    }

    @Test
    void shouldRejectNegativeMaximum() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(score("1", "10"), score("2", "-5")));
    }

    @Test
    void shouldRejectZeroCapOfBonus() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(score("1", "10"), leaf(BONUS, "B", "0.00")));
    }

    @Test
    void shouldRejectZeroCapOfPenalty() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(score("1", "10"), leaf(PENALTY, "P", "0")));
    }

    @Test
    void shouldRejectGroupWithZeroMaximum() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(group("A", "0", score("A.1", "10"))));
    }

    // --- structure -----------------------------------------------------------------------------------------------

    @Test
    void shouldRejectDuplicateCodesAmongSiblings() {
        assertRule("DUPLICATE_CRITERION_CODE", () -> validate(score("1", "10"), score("1", "10")));
    }

    @Test
    void shouldRejectDuplicateCodesAcrossBranches() {
        assertRule("DUPLICATE_CRITERION_CODE", () -> validate(
                group("A", "10", score("X", "10")),
                group("B", "10", score("X", "10"))));
    }

    @Test
    void shouldRejectChildReusingItsParentsCode() {
        assertRule("DUPLICATE_CRITERION_CODE", () -> validate(group("A", "10", score("A", "10"))));
    }

    @Test
    void shouldTreatCodesAsCaseSensitive() {
        validate(score("a", "10"), score("A", "10"));
    }

    @Test
    void shouldRejectScoreLeafWithChildren() {
        assertRule("LEAF_WITH_CHILDREN", () -> validate(
                new CriterionSpec("1", "Tiêu chí 1", SCORE, new BigDecimal("10"), List.of(score("1.1", "10")))));
    }

    @Test
    void shouldRejectBonusWithChildren() {
        assertRule("LEAF_WITH_CHILDREN", () -> validate(score("1", "10"),
                new CriterionSpec("B", "Điểm thưởng", BONUS, new BigDecimal("5"), List.of(leaf(BONUS, "B.1", "5")))));
    }

    @Test
    void shouldRejectPenaltyWithChildren() {
        assertRule("LEAF_WITH_CHILDREN", () -> validate(score("1", "10"),
                new CriterionSpec("P", "Điểm trừ", PENALTY, new BigDecimal("5"), List.of(score("P.1", "5")))));
    }

    @Test
    void shouldRejectEmptyGroup() {
        assertRule("GROUP_WITHOUT_SCORED_CHILDREN", () -> validate(score("1", "10"), group("G", "10")));
    }

    @Test
    void shouldRejectGroupOfBonusItemsOnly() {
        assertRule("GROUP_WITHOUT_SCORED_CHILDREN",
                () -> validate(score("1", "10"), group("G", "5", leaf(BONUS, "G.1", "5"))));
    }

    @Test
    void shouldRejectTreeDeeperThanFiveLevels() {
        CriterionSpec l5 = group("L5", "1", score("L6", "1"));
        CriterionSpec l1 = group("L1", "1", group("L2", "1", group("L3", "1", group("L4", "1", l5))));
        assertRule("CRITERIA_TOO_DEEP", () -> validate(l1));
    }

    @Test
    void shouldRejectTableWithoutAnyScoreCriterion() {
        assertRule("NO_SCORE_CRITERION", () -> validate(leaf(BONUS, "B", "5"), leaf(PENALTY, "P", "5")));
    }

    @Test
    void shouldReportTheFirstBrokenRuleInReadingOrder() {
        assertRule("MAX_POINTS_NOT_POSITIVE", () -> validate(score("1", "0"), score("1", "10")));
        assertRule("DUPLICATE_CRITERION_CODE", () -> validate(score("1", "10"), score("1", "5"), score("2", "0")));
    }

    // --- tie-break policy ----------------------------------------------------------------------------------------

    @Test
    void shouldAcceptPolicyOfSharedAlone() {
        ScoringTableValidator.checkTieBreak(List.of(SHARED));
    }

    @Test
    void shouldAcceptPolicyWithRulesInEitherOrder() {
        ScoringTableValidator.checkTieBreak(List.of(PENALTY_ASC, BONUS_DESC, SHARED));
        ScoringTableValidator.checkTieBreak(List.of(BONUS_DESC, SHARED));
        ScoringTableValidator.checkTieBreak(List.of(PENALTY_ASC, SHARED));
    }

    @Test
    void shouldRejectPolicyThatDoesNotEndWithShared() {
        assertRule("TIE_BREAK_NOT_ENDING_WITH_SHARED",
                () -> ScoringTableValidator.checkTieBreak(List.of(BONUS_DESC, PENALTY_ASC)));
    }

    @Test
    void shouldRejectPolicyWithRulesAfterShared() {
        assertRule("TIE_BREAK_NOT_ENDING_WITH_SHARED",
                () -> ScoringTableValidator.checkTieBreak(List.of(SHARED, BONUS_DESC)));
    }

    @Test
    void shouldRejectEmptyPolicy() {
        assertRule("TIE_BREAK_NOT_ENDING_WITH_SHARED", () -> ScoringTableValidator.checkTieBreak(List.of()));
    }

    @Test
    void shouldRejectRuleNamedTwice() {
        assertRule("DUPLICATE_TIE_BREAK_RULE",
                () -> ScoringTableValidator.checkTieBreak(List.of(BONUS_DESC, BONUS_DESC, SHARED)));
        assertRule("DUPLICATE_TIE_BREAK_RULE",
                () -> ScoringTableValidator.checkTieBreak(List.of(SHARED, SHARED)));
    }

    @Test
    void shouldCheckThePolicyOfAWholeTable() {
        assertRule("TIE_BREAK_NOT_ENDING_WITH_SHARED",
                () -> ScoringTableValidator.validate(List.of(BONUS_DESC), List.of(score("1", "10"))));
    }

    @Test
    void shouldReportEveryRuleAsUnprocessable() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> validate(score("1", "0")));
        assertEquals(422, violation.status());
        assertEquals("max-points-not-positive", violation.typeSlug());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void validate(CriterionSpec... criteria) {
        ScoringTableValidator.validate(POLICY, List.of(criteria));
    }

    private static void assertRule(String rule, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(rule, violation.rule(), violation.getMessage());
    }

    private static CriterionSpec group(String code, String maxPoints, CriterionSpec... children) {
        return new CriterionSpec(code, "Nhóm " + code, GROUP, new BigDecimal(maxPoints), List.of(children));
    }

    private static CriterionSpec score(String code, String maxPoints) {
        return leaf(SCORE, code, maxPoints);
    }

    private static CriterionSpec leaf(CriterionKind kind, String code, String maxPoints) {
        return new CriterionSpec(code, "Tiêu chí " + code, kind, new BigDecimal(maxPoints), List.of());
    }
}
