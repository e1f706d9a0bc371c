package vn.thidua.cluster.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.support.security.Roles;
import vn.thidua.support.audit.Audited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.cluster.UnitMerger;
import vn.thidua.cluster.mapping.ClusterMapper;
import vn.thidua.cluster.rest.dto.Pages;
import vn.thidua.cluster.rest.dto.RegisterUnitMergerRequest;
import vn.thidua.cluster.rest.dto.UnitMergerView;
import vn.thidua.cluster.service.UnitService;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;

@Path("/api/v1/unit-mergers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Units")
public class UnitMergerResource {

    private final UnitService units;

    public UnitMergerResource(UnitService units) {
        this.units = units;
    }

    @POST
    @Operation(summary = "Record a merger of units",
            description = "The sources end the day before effectiveDate and point at the successor; their history stays")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = UnitMergerView.class)))
    @APIResponse(responseCode = "409", description = "UNIT_ALREADY_ENDED, MERGER_CONFLICTS_WITH_ROSTER")
    @APIResponse(responseCode = "422", description = "UNKNOWN_UNIT, MERGER_DUPLICATE_SOURCE, "
            + "MERGER_SUCCESSOR_IS_SOURCE, MERGER_SOURCE_NOT_VALID, MERGER_SUCCESSOR_NOT_VALID")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "merge", resource = "unit-merger")
    public Response merge(@Valid @NotNull RegisterUnitMergerRequest request, @Context UriInfo uriInfo) {
        UnitMerger merger = units.merge(request.effectiveDate(), request.successorCode(), request.sourceCodes());
        URI location = uriInfo.getBaseUriBuilder().path(UnitMergerResource.class).path(String.valueOf(merger.id))
                .build();
        return Response.created(location).tag(Etags.of(0)).entity(ClusterMapper.toView(merger)).build();
    }

    @GET
    @Operation(summary = "Mergers, newest first; with unitCode, those it took part in")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.UnitMergerPage.class)))
    @PermitAll
    public PageView<UnitMergerView> list(@QueryParam("unitCode") String unitCode,
            @Valid @BeanParam PageRequest page) {
        return units.mergers(unitCode, page).map(ClusterMapper::toView);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A merger")
    @PermitAll
    public Response get(@PathParam("id") Long id) {
        return Response.ok(ClusterMapper.toView(units.getMerger(id))).tag(Etags.of(0)).build();
    }
}
