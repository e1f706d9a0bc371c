package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scoring.AssessmentStatus;
import vn.thidua.scoring.CriterionKind;

/** A member's assessment: every scored criterion with self, appraised and final points, and the revisions. */
@Schema(name = "AssessmentView")
public record AssessmentView(long tableId, String clusterCode, int year, String unitCode, AssessmentStatus status,
        @Schema(description = "false: the unit has left the cluster-year's roster; its assessment is kept")
        boolean member,
        String excludedReason, String explanationQuestion, int appraisalRound, OffsetDateTime submittedAt,
        OffsetDateTime appraisedAt, Totals selfTotals, Totals finalTotals, List<Score> scores,
        List<Revision> revisions) {

    @Schema(name = "AssessmentTotals")
    public record Totals(BigDecimal total, BigDecimal points, BigDecimal bonus, BigDecimal penalty,
            BigDecimal applicableMax) {
    }

    @Schema(name = "AssessedCriterion")
    public record Score(String criterionCode, String title, CriterionKind kind, BigDecimal maxPoints,
            boolean applicable, String notApplicableReason, BigDecimal target, BigDecimal result,
            BigDecimal selfPoints, String note, List<String> evidence, BigDecimal appraisedPoints,
            String appraisalReason, BigDecimal finalPoints, boolean explanationRequested, String explanation) {
    }

    @Schema(name = "ScoreRevision")
    public record Revision(String criterionCode, String kind, BigDecimal oldPoints, BigDecimal newPoints,
            String reason, String actor, OffsetDateTime at) {
    }
}
