package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.TargetRule;

@Schema(name = "ScoringCriterionView")
public record ScoringCriterionView(String code, String title, CriterionKind kind, BigDecimal maxPoints,
        TargetRule targetRule, List<ScoringCriterionView> children) {
}
