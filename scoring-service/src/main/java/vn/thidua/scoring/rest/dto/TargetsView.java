package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's targets and not-applicable criteria in a table. */
@Schema(name = "UnitTermsView")
public record TargetsView(long tableId, String unitCode, List<Target> targets, List<NotApplicable> notApplicable) {

    @Schema(name = "UnitTarget")
    public record Target(String criterionCode, BigDecimal target) {
    }

    @Schema(name = "UnitNotApplicable")
    public record NotApplicable(String criterionCode, String reason) {
    }
}
