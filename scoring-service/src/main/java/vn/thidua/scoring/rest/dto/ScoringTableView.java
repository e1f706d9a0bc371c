package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scoring.NotApplicableRule;
import vn.thidua.scoring.ScoringTableStatus;
import vn.thidua.scoring.TieBreakRule;

/** A scoring table with its criteria tree. */
@Schema(name = "ScoringTableView")
public record ScoringTableView(
        long id,
        String clusterCode,
        int year,
        String title,
        ScoringTableStatus status,
        @Schema(description = "1, 2, ... in order of publication within the cluster-year; null while DRAFT")
        Integer tableVersion,
        List<TieBreakRule> tieBreak,
        NotApplicableRule notApplicableRule,
        String notes,
        @Schema(description = "Sum of the top-level SCORE and GROUP maxima; bonus and penalty come on top")
        BigDecimal maxTotal,
        List<ScoringCriterionView> criteria,
        OffsetDateTime createdAt,
        OffsetDateTime publishedAt,
        OffsetDateTime supersededAt,
        @Schema(description = "The table whose publication superseded this one") Long supersededById,
        @Schema(description = "When the ranking was finalised") OffsetDateTime finalizedAt) {
}
