package vn.thidua.cluster.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.support.security.Roles;
import vn.thidua.support.audit.Audited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.LeadershipResolution;
import vn.thidua.cluster.OrganizerLevel;
import vn.thidua.cluster.mapping.ClusterMapper;
import vn.thidua.cluster.rest.dto.Pages;
import vn.thidua.cluster.rest.dto.AssignClusterLeadershipRequest;
import vn.thidua.cluster.rest.dto.ClusterView;
import vn.thidua.cluster.rest.dto.ClusterYearView;
import vn.thidua.cluster.rest.dto.LeadershipResolutionView;
import vn.thidua.cluster.rest.dto.RegisterClusterRequest;
import vn.thidua.cluster.rest.dto.ReplaceClusterRosterRequest;
import vn.thidua.cluster.service.ClusterService;
import vn.thidua.cluster.service.ClusterYearViews;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Clusters", description = "Clusters and blocs, their yearly rosters and leadership")
public class ClusterResource {

    private final ClusterService clusters;
    private final ClusterYearViews views;

    public ClusterResource(ClusterService clusters, ClusterYearViews views) {
        this.clusters = clusters;
        this.views = views;
    }

    @POST
    @Operation(summary = "Register a cluster or bloc")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_CLUSTER_CODE")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "register", resource = "cluster", id = "{body.code}")
    public Response register(@Valid @NotNull RegisterClusterRequest request, @Context UriInfo uriInfo) {
        Cluster cluster = clusters.register(request.code(), request.name(), request.nameEn(), request.kind(),
                request.organizerLevel());
        URI location = uriInfo.getBaseUriBuilder().path(ClusterResource.class).path(cluster.code).build();
        return Response.created(location).tag(Etags.of(cluster.version))
                .entity(ClusterMapper.toView(cluster, List.of())).build();
    }

    @GET
    @Operation(summary = "Search clusters", description = "q ignores case and Vietnamese diacritics, matches the "
            + "Vietnamese and English names and the code")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.ClusterPage.class)))
    @PermitAll
    public PageView<ClusterView> search(
            @QueryParam("q") String q,
            @QueryParam("kind") ClusterKind kind,
            @QueryParam("organizerLevel") OrganizerLevel organizerLevel,
            @Valid @BeanParam PageRequest page) {
        return clusters.search(q, kind, organizerLevel, page).mapAll(items -> {
            Map<Long, List<Integer>> years = clusters.years(items);
            return items.stream().map(c -> ClusterMapper.toView(c, years.getOrDefault(c.id, List.of()))).toList();
        });
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A cluster, with the years that have a roster")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @PermitAll
    public Response get(@PathParam("code") String code) {
        Cluster cluster = clusters.get(code);
        List<Integer> years = clusters.years(List.of(cluster)).getOrDefault(cluster.id, List.of());
        return Response.ok(ClusterMapper.toView(cluster, years)).tag(Etags.of(cluster.version)).build();
    }

    @GET
    @Path("{code}/years")
    @Operation(summary = "Every year of the cluster that has a roster, oldest first")
    @PermitAll
    public List<ClusterYearView> years(@PathParam("code") String code) {
        return clusters.allYears(code).stream().map(ClusterMapper::toView).toList();
    }

    @GET
    @Path("{code}/years/{year}")
    @Operation(summary = "Roster and leadership of a cluster-year",
            description = "suggestedChairUnitCode is last year's vice-chair when still a member (custom, not a rule)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClusterYearView.class)))
    @PermitAll
    public Response year(@PathParam("code") String code,
            @PathParam("year") @ValidYear Integer year) {
        return response(views.get(code, year));
    }

    @PUT
    @Path("{code}/years/{year}/members")
    @Operation(summary = "Set the complete roster of a cluster-year",
            description = "Idempotent: the same roster again changes nothing. Publishes membership-changed.")
    @APIResponse(responseCode = "200", description = "The cluster-year",
            content = @Content(schema = @Schema(implementation = ClusterYearView.class)))
    @APIResponse(responseCode = "409", description = "LEADERSHIP_MEMBER_REMOVED")
    @APIResponse(responseCode = "422", description = "UNKNOWN_UNIT, UNIT_NOT_VALID_IN_YEAR, DUPLICATE_ROSTER_UNIT")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "replace-roster", resource = "cluster-year", id = "{code}/{year}")
    public Response replaceRoster(@PathParam("code") String code,
            @PathParam("year") @ValidYear Integer year,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull ReplaceClusterRosterRequest request) {
        return yearResponse(clusters.replaceRoster(code, year, request.unitCodes(), ExpectedRevision.orAny(expected)));
    }

    @PUT
    @Path("{code}/years/{year}/leadership")
    @Operation(summary = "Set the chair and vice-chair of a cluster-year",
            description = "Both must be members that year and different units. Publishes leadership-assigned and "
                    + "membership-changed.")
    @APIResponse(responseCode = "200", description = "The cluster-year",
            content = @Content(schema = @Schema(implementation = ClusterYearView.class)))
    @APIResponse(responseCode = "409", description = "ROSTER_REQUIRED")
    @APIResponse(responseCode = "422", description = "CHAIR_NOT_MEMBER, VICE_CHAIR_NOT_MEMBER, VICE_CHAIR_SAME_AS_CHAIR")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "assign-leadership", resource = "cluster-year", id = "{code}/{year}")
    public Response assignLeadership(@PathParam("code") String code,
            @PathParam("year") @ValidYear Integer year,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull AssignClusterLeadershipRequest request) {
        return yearResponse(clusters.assignLeadership(code, year, request.chairUnitCode(),
                request.viceChairUnitCode(), ExpectedRevision.orAny(expected)));
    }

    @GET
    @Path("{code}/years/{year}/leadership-resolutions")
    @Operation(summary = "Leadership elections received from conferences for this year, applied or rejected",
            description = "A resolution naming a non-member (or arriving before the roster) is REJECTED with its rule")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.LeadershipResolutionPage.class)))
    @PermitAll
    public PageView<LeadershipResolutionView> resolutions(@PathParam("code") String code,
            @PathParam("year") @ValidYear Integer year,
            @QueryParam("status") LeadershipResolution.Status status,
            @Valid @BeanParam PageRequest page) {
        clusters.get(code);
        return clusters.resolutions(code, year, status, page).map(ClusterMapper::toView);
    }

    private Response yearResponse(ClusterYear clusterYear) {
        return response(views.of(clusterYear));
    }

    private static Response response(ClusterYearViews.Cached view) {
        return Response.ok(view.view()).tag(view.etag()).build();
    }
}
