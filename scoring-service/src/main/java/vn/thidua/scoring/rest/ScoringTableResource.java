package vn.thidua.scoring.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.support.security.Roles;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
import vn.thidua.scoring.service.ScoringTableClusters;
import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.scoring.NotApplicableRule;
import vn.thidua.scoring.ScoringTableStatus;
import vn.thidua.scoring.TieBreakRule;
import vn.thidua.scoring.rest.dto.ImportScoringTableForm;
import vn.thidua.scoring.rest.dto.CreateScoringTableRequest;
import vn.thidua.scoring.rest.dto.ReviseScoringTableRequest;
import vn.thidua.scoring.rest.dto.ScoringTableSummaryView;
import vn.thidua.scoring.rest.dto.ScoringTableView;
import vn.thidua.scoring.service.ScoringTableService;
import vn.thidua.scoring.service.ScoringTableService.TableWithCriteria;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

@Path("/api/v1/scoring-tables")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Scoring tables", description = "Criteria trees of cluster-years (bảng tiêu chí chấm điểm), versioned")
public class ScoringTableResource {

    private static final String TREE_RULES = "UNKNOWN_CLUSTER_YEAR, MAX_POINTS_NOT_POSITIVE, DUPLICATE_CRITERION_CODE, "
            + "LEAF_WITH_CHILDREN, GROUP_WITHOUT_SCORED_CHILDREN, GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN, CRITERIA_TOO_DEEP, "
            + "NO_SCORE_CRITERION, DUPLICATE_TIE_BREAK_RULE, TIE_BREAK_NOT_ENDING_WITH_SHARED, TARGET_RULE_ON_NON_SCORE";

    private final ScoringTableService tables;

    public ScoringTableResource(ScoringTableService tables) {
        this.tables = tables;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a scoring table for a cluster-year",
            description = "The cluster-year must be known from cluster-service's roster. The tree is checked as "
                    + "named rules (422): " + TREE_RULES)
    @APIResponse(responseCode = "201", description = "Drafted; Location is the table, ETag its version",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ScoringTableView.class)))
    @APIResponse(responseCode = "422", description = TREE_RULES)
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{body.clusterCode}")
    @Audited(action = "draft", resource = "scoring-table")
    public Response create(@Valid @NotNull CreateScoringTableRequest request, @Context UriInfo uriInfo) {
        TableWithCriteria created = tables.create(request.clusterCode(), request.year(), request.title(),
                request.tieBreak(), request.notApplicableRule(), request.notes(), ScoringTableMapper.toSpecs(request.criteria()));
        URI location = uriInfo.getBaseUriBuilder().path(ScoringTableResource.class)
                .path(String.valueOf(created.table().id)).build();
        return Response.created(location).tag(Etags.of(created.table().version))
                .entity(ScoringTableMapper.toView(created)).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Draft a scoring table from a spreadsheet (XLSX or CSV)",
            description = "One row per criterion after a header row: code, parent code, title, kind, maximum and, "
                    + "optionally, target rule. A bad row is a 400 IMPORT_ROW_INVALID naming row and column; an "
                    + "unreadable file 400 IMPORT_FILE_UNREADABLE; nothing is imported. Then the rules of drafting.")
    @APIResponse(responseCode = "201", description = "Drafted", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ScoringTableView.class)))
    @APIResponse(responseCode = "422", description = TREE_RULES)
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{body.clusterCode}")
    @Audited(action = "import", resource = "scoring-table")
    public Response importTable(@Valid @NotNull ImportScoringTableForm form, @Context UriInfo uriInfo)
            throws java.io.IOException {
        byte[] content = java.nio.file.Files.readAllBytes(form.file.uploadedFile());
        TableWithCriteria created = tables.importTable(form.clusterCode, form.year, form.title.strip(),
                java.util.Arrays.stream(form.tieBreak.split(",")).map(TieBreakRule::valueOf).toList(),
                form.notApplicableRule == null ? null : NotApplicableRule.valueOf(form.notApplicableRule),
                form.notes, content);
        URI location = uriInfo.getBaseUriBuilder().path(ScoringTableResource.class)
                .path(String.valueOf(created.table().id)).build();
        return Response.created(location).tag(Etags.of(created.table().version))
                .entity(ScoringTableMapper.toView(created)).build();
    }

    /**
     * The import with any body other than multipart: refused after the security check, so an anonymous or
     * wrong-role caller learns 401/403 like on every other write, not 415 first.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    public Response importWithoutMultipart() {
        throw new vn.thidua.support.problem.RuleViolation(415, "IMPORT_NEEDS_MULTIPART", "Send the spreadsheet as "
                + "multipart/form-data: file, clusterCode, year, title, tieBreak. Nothing was imported.");
    }

    @GET
    @Operation(summary = "Scoring tables by cluster, year and status", description = "Latest year first, then newest "
            + "first; without criteria (read one table for its tree)")
    @APIResponse(responseCode = "200", description = "A page of tables")
    @Authenticated
    public PageView<ScoringTableSummaryView> search(
            @QueryParam("clusterCode") @Size(max = 64) String clusterCode,
            @QueryParam("year") @ValidYear Integer year,
            @QueryParam("status") ScoringTableStatus status,
            @Valid @BeanParam PageRequest page) {
        return tables.search(clusterCode, year, status, page).map(ScoringTableMapper::toSummary);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A scoring table with its criteria tree")
    @APIResponse(responseCode = "200", description = "ETag = the table's version",
            content = @Content(schema = @Schema(implementation = ScoringTableView.class)))
    @Authenticated
    public Response get(@PathParam("id") Long id) {
        return respond(tables.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a DRAFT: replace its title, tie-break policy and criteria",
            description = "A published or superseded table is frozen (409 TABLE_STRUCTURE_FROZEN). Honours If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScoringTableView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_STRUCTURE_FROZEN")
    @APIResponse(responseCode = "422", description = TREE_RULES)
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "revise", resource = "scoring-table", id = "{id}")
    public Response revise(@PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull ReviseScoringTableRequest request) {
        return respond(tables.revise(id, ExpectedRevision.orAny(expected), request.title(), request.tieBreak(),
                request.notApplicableRule(), request.notes(), ScoringTableMapper.toSpecs(request.criteria())));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a DRAFT as the cluster-year's table",
            description = "Freezes its structure and gives it the next tableVersion of the cluster-year; the table "
                    + "published before becomes SUPERSEDED. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = ScoringTableView.class)))
    @APIResponse(responseCode = "409", description = "TABLE_ALREADY_PUBLISHED, TABLE_HAS_SUBMITTED_ASSESSMENTS")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ScoringTableClusters.class)
    @Audited(action = "publish", resource = "scoring-table", id = "{id}")
    public Response publish(@PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected) {
        return respond(tables.publish(id, ExpectedRevision.orAny(expected)));
    }

    private static Response respond(TableWithCriteria loaded) {
        return Response.ok(ScoringTableMapper.toView(loaded)).tag(Etags.of(loaded.table().version)).build();
    }
}
