package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A criterion as proposed for a table, before validation; the input of {@link ScoringTableValidator}. */
public record CriterionSpec(String code, String title, CriterionKind kind, BigDecimal maxPoints,
        List<CriterionSpec> children, TargetRule targetRule) {

    public CriterionSpec {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A criterion scored directly (not against a target). */
    public CriterionSpec(String code, String title, CriterionKind kind, BigDecimal maxPoints,
            List<CriterionSpec> children) {
        this(code, title, kind, maxPoints, children, null);
    }
}
