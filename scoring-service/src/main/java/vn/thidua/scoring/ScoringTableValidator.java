package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.support.problem.RuleViolation;

/**
 * The structural rules of a scoring table, as pure Java (no database, no Quarkus). Each broken rule is a 422
 * {@link RuleViolation} naming the rule and the criterion at fault; the first one found, in reading order, is reported.
 *
 * <ul>
 * <li>{@code MAX_POINTS_NOT_POSITIVE}: every criterion has maxPoints &gt; 0 (for BONUS and PENALTY it is the cap).</li>
 * <li>{@code DUPLICATE_CRITERION_CODE}: codes are unique in the whole table, not only among siblings.</li>
 * <li>{@code LEAF_WITH_CHILDREN}: SCORE, BONUS and PENALTY have no children; only a GROUP has.</li>
 * <li>{@code GROUP_WITHOUT_SCORED_CHILDREN}: a GROUP has at least one SCORE or GROUP child.</li>
 * <li>{@code GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN}: a GROUP's maxPoints equals the sum of its SCORE and GROUP children;
 * BONUS and PENALTY children sit outside the maxima and are not summed.</li>
 * <li>{@code TARGET_RULE_ON_NON_SCORE}: only a SCORE criterion is scored against a target.</li>
 * <li>{@code CRITERIA_TOO_DEEP}: at most {@value #MAX_DEPTH} levels.</li>
 * <li>{@code NO_SCORE_CRITERION}: the table scores something: at least one SCORE criterion.</li>
 * <li>{@code DUPLICATE_TIE_BREAK_RULE}: each tie-break rule appears once.</li>
 * <li>{@code TIE_BREAK_NOT_ENDING_WITH_SHARED}: the policy ends with SHARED, so a tie the other rules leave is
 * shared openly rather than broken silently (an empty policy means "ties are shared" and must say so: [SHARED]).</li>
 * </ul>
 */
public final class ScoringTableValidator {

    /** Sections, sub-sections, criteria, sub-criteria and one more: real tables use three or four levels. */
    public static final int MAX_DEPTH = 5;

    private ScoringTableValidator() {
    }

    /** Checks the whole table; returns its maximum total (sum of the top-level SCORE and GROUP maxima). */
    public static BigDecimal validate(List<TieBreakRule> tieBreak, List<CriterionSpec> criteria) {
        Set<String> codes = new HashSet<>();
        for (CriterionSpec criterion : criteria) {
            check(criterion, 1, codes);
        }
        if (criteria.stream().noneMatch(ScoringTableValidator::containsScore)) {
            throw RuleViolation.unprocessable("NO_SCORE_CRITERION",
                    "The table has no SCORE criterion: nothing could be scored");
        }
        checkTieBreak(tieBreak);
        return sumOfMaxima(criteria);
    }

    /** Tie-break policy alone: each rule once, SHARED last. */
    public static void checkTieBreak(List<TieBreakRule> tieBreak) {
        Set<TieBreakRule> seen = EnumSet.noneOf(TieBreakRule.class);
        for (TieBreakRule rule : tieBreak) {
            if (!seen.add(rule)) {
                throw RuleViolation.unprocessable("DUPLICATE_TIE_BREAK_RULE",
                        "Tie-break rule " + rule + " appears more than once in " + tieBreak);
            }
        }
        if (tieBreak.isEmpty() || tieBreak.get(tieBreak.size() - 1) != TieBreakRule.SHARED) {
            throw RuleViolation.unprocessable("TIE_BREAK_NOT_ENDING_WITH_SHARED", "The tie-break policy " + tieBreak
                    + " must end with SHARED, so that members still tied share their rank openly");
        }
    }

    /** Sum of the maxima of the SCORE and GROUP criteria among {@code criteria} (not descending into groups). */
    public static BigDecimal sumOfMaxima(List<CriterionSpec> criteria) {
        return criteria.stream().filter(c -> c.kind().countsTowardsMaximum()).map(CriterionSpec::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void check(CriterionSpec criterion, int depth, Set<String> codes) {
        String code = criterion.code();
        if (criterion.maxPoints().signum() <= 0) {
            throw RuleViolation.unprocessable("MAX_POINTS_NOT_POSITIVE",
                    "Criterion " + code + " has maxPoints " + criterion.maxPoints().toPlainString()
                            + "; every maximum (or cap, for BONUS and PENALTY) must be greater than 0");
        }
        if (!codes.add(code)) {
            throw RuleViolation.unprocessable("DUPLICATE_CRITERION_CODE",
                    "Criterion code " + code + " is used more than once in the table");
        }
        if (depth > MAX_DEPTH) {
            throw RuleViolation.unprocessable("CRITERIA_TOO_DEEP",
                    "Criterion " + code + " is at level " + depth + "; a table has at most " + MAX_DEPTH + " levels");
        }
        if (criterion.targetRule() != null && criterion.kind() != CriterionKind.SCORE) {
            throw RuleViolation.unprocessable("TARGET_RULE_ON_NON_SCORE", "Criterion " + code + " is a "
                    + criterion.kind() + "; only a SCORE criterion can be scored against a target");
        }
        if (criterion.kind().isLeaf()) {
            if (!criterion.children().isEmpty()) {
                throw RuleViolation.unprocessable("LEAF_WITH_CHILDREN", "Criterion " + code + " is a "
                        + criterion.kind() + " and cannot have children; only a GROUP has children");
            }
            return;
        }
        for (CriterionSpec child : criterion.children()) {
            check(child, depth + 1, codes);
        }
        if (criterion.children().stream().noneMatch(c -> c.kind().countsTowardsMaximum())) {
            throw RuleViolation.unprocessable("GROUP_WITHOUT_SCORED_CHILDREN",
                    "Group " + code + " has no SCORE or GROUP child to make up its maximum");
        }
        BigDecimal sum = sumOfMaxima(criterion.children());
        if (sum.compareTo(criterion.maxPoints()) != 0) {
            throw RuleViolation.unprocessable("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN", "Group " + code + " has maxPoints "
                    + criterion.maxPoints().toPlainString() + " but its SCORE and GROUP children add up to "
                    + sum.toPlainString());
        }
    }

    private static boolean containsScore(CriterionSpec criterion) {
        return criterion.kind() == CriterionKind.SCORE
                || criterion.children().stream().anyMatch(ScoringTableValidator::containsScore);
    }
}
