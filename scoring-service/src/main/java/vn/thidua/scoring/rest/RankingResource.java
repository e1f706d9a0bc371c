package vn.thidua.scoring.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.scoring.rest.dto.AmendmentRequest;
import vn.thidua.scoring.rest.dto.RankingView;
import vn.thidua.scoring.service.RankingService;
import vn.thidua.scoring.service.ScoringExports;
import vn.thidua.scoring.service.ScoringTableClusters;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.Idempotent;

/**
 * Finalisation, the ranking and its amendments, and the exports (annex of the meeting minutes). The ranking and its
 * exports are published results: anyone may read them. The score sheet needs a signed-in caller.
 */
@Path("/api/v1/scoring-tables/{id}")
@Idempotent
@Tag(name = "Rankings", description = "Finalisation, the ranking (xếp hạng) in immutable versions, amendments, "
        + "exports")
public class RankingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final RankingService rankings;
    private final ScoringExports exports;

    public RankingResource(RankingService rankings, ScoringExports exports) {
        this.rankings = rankings;
        this.exports = exports;
    }

    @POST
    @Path("finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finalise: rank the appraised members and lock their assessments",
            description = "Every member of the cluster-year must be APPRAISED or excluded. Answers ranking version 1.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "409", description = "MEMBERS_NOT_APPRAISED, RANKING_FINALIZED, TABLE_NOT_PUBLISHED, "
            + "NOTHING_TO_RANK")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "finalize", resource = "scoring-table", id = "{id}")
    public RankingView finalizeRanking(@PathParam("id") Long id) {
        return rankings.finalizeRanking(id);
    }

    @GET
    @Path("ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ranking: the latest version, or ?version= for an earlier one",
            description = "Public (published results). 404 before finalisation.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @PermitAll
    public RankingView ranking(@PathParam("id") Long id,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version) {
        return rankings.get(id, version);
    }

    @POST
    @Path("ranking/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a finalised ranking: corrected points with reasons give the next version")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "409", description = "RANKING_NOT_FINALIZED, TABLE_NOT_PUBLISHED")
    @APIResponse(responseCode = "422", description = "UNIT_NOT_RANKED, UNKNOWN_CRITERION, NOT_A_SCORED_CRITERION, "
            + "NEGATIVE_POINTS, POINTS_ABOVE_MAXIMUM, CRITERION_NOT_APPLICABLE")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "amend-ranking", resource = "scoring-table", id = "{id}")
    public Response amend(@PathParam("id") Long id, @Valid @NotNull AmendmentRequest request) {
        RankingView amended = rankings.amend(id, request);
        return Response.status(Response.Status.CREATED).entity(amended).build();
    }

    @GET
    @Path("ranking.csv")
    @Produces(CSV)
    @Operation(summary = "The ranking as CSV (UTF-8 with BOM, Vietnamese headers)")
    @APIResponse(responseCode = "200", description = "CSV")
    @PermitAll
    public Response rankingCsv(@PathParam("id") Long id, @QueryParam("version") @Min(1) @Max(100_000)
            Integer version) {
        return file(exports.rankingCsv(rankings.get(id, version)), CSV, "xep-hang-" + id + ".csv");
    }

    @GET
    @Path("ranking.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The ranking as XLSX (Vietnamese headers)")
    @APIResponse(responseCode = "200", description = "XLSX")
    @PermitAll
    public Response rankingXlsx(@PathParam("id") Long id, @QueryParam("version") @Min(1) @Max(100_000)
            Integer version) {
        return file(exports.rankingXlsx(rankings.get(id, version)), XLSX, "xep-hang-" + id + ".xlsx");
    }

    @GET
    @Path("score-sheet.csv")
    @Produces(CSV)
    @Operation(summary = "The full score sheet (every unit × criterion: self, appraised, reasons) as CSV")
    @APIResponse(responseCode = "200", description = "CSV")
    @Authenticated
    public Response scoreSheetCsv(@PathParam("id") Long id) {
        return file(exports.scoreSheetCsv(id), CSV, "bang-diem-" + id + ".csv");
    }

    @GET
    @Path("score-sheet.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The full score sheet as XLSX")
    @APIResponse(responseCode = "200", description = "XLSX")
    @Authenticated
    public Response scoreSheetXlsx(@PathParam("id") Long id) {
        return file(exports.scoreSheetXlsx(id), XLSX, "bang-diem-" + id + ".xlsx");
    }

    private static Response file(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType.equals(CSV) ? CSV + "; charset=UTF-8" : mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
