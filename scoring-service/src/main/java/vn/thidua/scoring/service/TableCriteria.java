package vn.thidua.scoring.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.RankingCalculator.Leaf;
import vn.thidua.support.problem.RuleViolation;

/** A table's criteria by code, with the checks every score of it passes. */
record TableCriteria(Map<String, Criterion> byCode, Map<Long, Criterion> byId) {

    static TableCriteria of(long tableId) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        Map<Long, Criterion> byId = new LinkedHashMap<>();
        for (Criterion c : Criterion.ofTable(tableId)) {
            byCode.put(c.code, c);
            byId.put(c.id, c);
        }
        return new TableCriteria(byCode, byId);
    }

    /** The scored leaves (SCORE, BONUS, PENALTY) in table order. */
    List<Criterion> leaves() {
        return byCode.values().stream().filter(c -> c.kind != CriterionKind.GROUP).toList();
    }

    List<Leaf> calculatorLeaves() {
        return leaves().stream().map(c -> new Leaf(c.code, c.kind, c.maxPoints)).toList();
    }

    /** A criterion of this table that can be scored ({@code UNKNOWN_CRITERION}, {@code NOT_A_SCORED_CRITERION}). */
    Criterion scoredLeaf(String code) {
        Criterion c = byCode.get(code);
        if (c == null) {
            throw RuleViolation.unprocessable("UNKNOWN_CRITERION", "The table has no criterion " + code);
        }
        if (c.kind == CriterionKind.GROUP) {
            throw RuleViolation.unprocessable("NOT_A_SCORED_CRITERION", "Criterion " + code
                    + " is a GROUP; its points are the sum of its children, score those");
        }
        return c;
    }

    /** Points of one criterion for one unit: 0 ≤ points ≤ maximum, and the criterion applies to the unit. */
    static void checkPoints(Criterion c, BigDecimal points, Set<Long> notApplicable, String unitCode) {
        if (points.signum() < 0) {
            throw RuleViolation.unprocessable("NEGATIVE_POINTS", "Points of " + c.code + " are "
                    + points.toPlainString() + "; points are never negative (a penalty item holds the points "
                    + "subtracted, as a positive number)");
        }
        if (points.compareTo(c.maxPoints) > 0) {
            throw RuleViolation.unprocessable("POINTS_ABOVE_MAXIMUM", "Points of " + c.code + " are "
                    + points.toPlainString() + " but its maximum is " + c.maxPoints.stripTrailingZeros()
                    .toPlainString());
        }
        if (notApplicable.contains(c.id)) {
            throw RuleViolation.unprocessable("CRITERION_NOT_APPLICABLE", "Criterion " + c.code
                    + " was declared not applicable to " + unitCode + "; it is not scored");
        }
    }
}
