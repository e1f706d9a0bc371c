package vn.thidua.scoring.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.scoring.rest.dto.AppraisalRequest;
import vn.thidua.scoring.rest.dto.ApplicabilityRequest;
import vn.thidua.scoring.rest.dto.AssessmentView;
import vn.thidua.scoring.rest.dto.ExclusionRequest;
import vn.thidua.scoring.rest.dto.ExplanationAnswer;
import vn.thidua.scoring.rest.dto.ExplanationRequest;
import vn.thidua.scoring.rest.dto.SelfAssessmentRequest;
import vn.thidua.scoring.rest.dto.TargetsRequest;
import vn.thidua.scoring.rest.dto.TargetsView;
import vn.thidua.scoring.service.AssessmentService;
import vn.thidua.scoring.service.ScoringTableClusters;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.Idempotent;

/** A member's season in a table: targets, applicability, self-assessment, appraisal, explanation, exclusion. */
@Path("/api/v1/scoring-tables/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Assessments", description = "Targets (đăng ký chỉ tiêu), self-assessment (tự chấm), cross appraisal "
        + "(thẩm định chéo), explanation (giải trình) and exclusion of the members of a cluster-year")
public class AssessmentResource {

    private static final String SCORE_RULES = "UNKNOWN_CRITERION, NOT_A_SCORED_CRITERION, NEGATIVE_POINTS, "
            + "POINTS_ABOVE_MAXIMUM, CRITERION_NOT_APPLICABLE, DUPLICATE_CRITERION_CODE";
    private static final String UNIT = "[A-Za-z0-9._-]{1,32}";

    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PUT
    @Path("targets/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register the unit's own targets for the table's target-based criteria",
            description = "Replaces the unit's earlier targets; fixed once its self-assessment is submitted")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TargetsView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_NOT_PUBLISHED, RANKING_FINALIZED, "
            + "SELF_ASSESSMENT_ALREADY_SUBMITTED")
    @APIResponse(responseCode = "422", description = "NOT_A_MEMBER, UNKNOWN_CRITERION, CRITERION_NOT_TARGET_BASED, "
            + "TARGET_NOT_POSITIVE, DUPLICATE_CRITERION_CODE")
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{unitCode}")
    @Audited(action = "register-targets", resource = "scoring-table", id = "{id}/{unitCode}")
    public TargetsView registerTargets(@PathParam("id") Long id, @PathParam("unitCode") @Pattern(regexp = UNIT)
            String unitCode, @Valid @NotNull TargetsRequest request) {
        return assessments.registerTargets(id, unitCode, request);
    }

    @PUT
    @Path("applicability/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare criteria not applicable to a unit, each with a reason",
            description = "Replaces the unit's earlier list; such a criterion leaves the unit's maximum and the "
                    + "table's notApplicableRule says how the unit is ranked")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TargetsView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_NOT_PUBLISHED, RANKING_FINALIZED, CRITERION_ALREADY_SCORED")
    @APIResponse(responseCode = "422", description = "NOT_A_MEMBER, UNKNOWN_CRITERION, NOT_A_SCORED_CRITERION, "
            + "DUPLICATE_CRITERION_CODE")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "set-applicability", resource = "scoring-table", id = "{id}/{unitCode}")
    public TargetsView setApplicability(@PathParam("id") Long id, @PathParam("unitCode") @Pattern(regexp = UNIT)
            String unitCode, @Valid @NotNull ApplicabilityRequest request) {
        return assessments.setApplicability(id, unitCode, request);
    }

    @GET
    @Path("targets/{unitCode}")
    @Operation(summary = "A unit's targets and not-applicable criteria in the table")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TargetsView.class)))
    @Authenticated
    public TargetsView terms(@PathParam("id") Long id, @PathParam("unitCode") @Size(max = 32) String unitCode) {
        return assessments.terms(id, unitCode);
    }

    @PUT
    @Path("assessments/{unitCode}/self")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Self-assessment of a member: save as draft or submit",
            description = "Only a member of the table's cluster-year, for itself. Honours If-Match (the "
                    + "assessment's ETag).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_NOT_PUBLISHED, RANKING_FINALIZED, "
            + "SELF_ASSESSMENT_ALREADY_SUBMITTED, UNIT_EXCLUDED")
    @APIResponse(responseCode = "422", description = "NOT_A_MEMBER, " + SCORE_RULES + ", POINTS_REQUIRED, "
            + "RESULT_REQUIRED_FOR_TARGET, TARGET_NOT_REGISTERED, SELF_ASSESSMENT_INCOMPLETE")
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{unitCode}")
    @Audited(action = "self-assess", resource = "assessment", id = "{id}/{unitCode}")
    public Response selfAssess(@PathParam("id") Long id, @PathParam("unitCode") @Pattern(regexp = UNIT)
            String unitCode, @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull SelfAssessmentRequest request) {
        AssessmentView view = assessments.selfAssess(id, unitCode, ExpectedRevision.orAny(expected), request);
        return respond(id, unitCode, view);
    }

    @PUT
    @Path("assessments/{unitCode}/appraisal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cross appraisal by the cluster secretariat",
            description = "Appraised points per criterion; a reason wherever they differ from the self score. "
                    + "Every change is a revision. Unlisted criteria keep the self score. Honours If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_NOT_PUBLISHED, RANKING_FINALIZED, "
            + "ASSESSMENT_NOT_APPRAISABLE, UNIT_EXCLUDED")
    @APIResponse(responseCode = "422", description = SCORE_RULES + ", APPRAISAL_REASON_REQUIRED")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "appraise", resource = "assessment", id = "{id}/{unitCode}")
    public Response appraise(@PathParam("id") Long id, @PathParam("unitCode") @Size(max = 32) String unitCode,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected, @Valid @NotNull AppraisalRequest request) {
        return respond(id, unitCode, assessments.appraise(id, unitCode, ExpectedRevision.orAny(expected), request));
    }

    @GET
    @Path("assessments/{unitCode}")
    @Operation(summary = "A member's assessment: self, appraised and final points per criterion, status, "
            + "revision history")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @Authenticated
    public Response get(@PathParam("id") Long id, @PathParam("unitCode") @Size(max = 32) String unitCode) {
        return respond(id, unitCode, assessments.get(id, unitCode));
    }

    @POST
    @Path("assessments/{unitCode}/explanation-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the unit to explain (giải trình) the named criteria")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "ASSESSMENT_NOT_APPRAISED, RANKING_FINALIZED, UNIT_EXCLUDED")
    @APIResponse(responseCode = "422", description = "UNKNOWN_CRITERION, NOT_A_SCORED_CRITERION")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "request-explanation", resource = "assessment", id = "{id}/{unitCode}")
    public Response requestExplanation(@PathParam("id") Long id,
            @PathParam("unitCode") @Size(max = 32) String unitCode, @Valid @NotNull ExplanationRequest request) {
        return respond(id, unitCode, assessments.requestExplanation(id, unitCode, request));
    }

    @PUT
    @Path("assessments/{unitCode}/explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit answers the explanation request, one answer per criterion asked")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "NO_EXPLANATION_REQUESTED, RANKING_FINALIZED")
    @APIResponse(responseCode = "422", description = "EXPLANATION_NOT_REQUESTED, EXPLANATION_INCOMPLETE, "
            + "UNKNOWN_CRITERION")
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{unitCode}")
    @Audited(action = "explain", resource = "assessment", id = "{id}/{unitCode}")
    public Response explain(@PathParam("id") Long id, @PathParam("unitCode") @Pattern(regexp = UNIT) String unitCode,
            @Valid @NotNull ExplanationAnswer answer) {
        return respond(id, unitCode, assessments.explain(id, unitCode, answer));
    }

    @POST
    @Path("exclusions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave a member out of this year's ranking, with a reason")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "UNIT_EXCLUDED, RANKING_FINALIZED, TABLE_NOT_PUBLISHED")
    @APIResponse(responseCode = "422", description = "NOT_A_MEMBER")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "exclude", resource = "scoring-table", id = "{id}")
    public Response exclude(@PathParam("id") Long id, @Valid @NotNull ExclusionRequest request) {
        return Response.ok(assessments.exclude(id, request.unitCode(), request.reason())).build();
    }

    private Response respond(long id, String unitCode, AssessmentView view) {
        return Response.ok(view).tag(Etags.of(assessments.versionOf(id, unitCode))).build();
    }
}
