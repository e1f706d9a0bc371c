package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scoring.CriterionKind;

@Schema(name = "ScoringCriterionView")
public record ScoringCriterionView(String code, String title, CriterionKind kind, BigDecimal maxPoints,
        List<ScoringCriterionView> children) {
}
