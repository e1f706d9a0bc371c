package vn.thidua.cluster.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.support.security.Roles;
import vn.thidua.support.audit.Audited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.cluster.Unit;
import vn.thidua.cluster.UnitKind;
import vn.thidua.cluster.mapping.ClusterMapper;
import vn.thidua.cluster.rest.dto.Pages;
import vn.thidua.cluster.rest.dto.RegisterUnitRequest;
import vn.thidua.cluster.rest.dto.UnitMembershipView;
import vn.thidua.cluster.rest.dto.UnitView;
import vn.thidua.cluster.service.UnitService;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Units", description = "Provinces, centrally-run cities, ministries and agencies; validity and mergers")
public class UnitResource {

    private final UnitService units;

    public UnitResource(UnitService units) {
        this.units = units;
    }

    @POST
    @Operation(summary = "Register a unit")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_UNIT_CODE")
    @APIResponse(responseCode = "422", description = "INVALID_VALIDITY_PERIOD")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "register", resource = "unit", id = "{body.code}")
    public Response register(@Valid @NotNull RegisterUnitRequest request, @Context UriInfo uriInfo) {
        Unit unit = units.register(request.code(), request.name(), request.kind(), request.validFrom(),
                request.validTo());
        URI location = uriInfo.getBaseUriBuilder().path(UnitResource.class).path(unit.code).build();
        return Response.created(location).tag(Etags.of(unit.version)).entity(ClusterMapper.toView(unit, List.of()))
                .build();
    }

    @GET
    @Operation(summary = "Search units",
            description = "q ignores case and Vietnamese diacritics (\"bac kan\" finds \"Bắc Kạn\") and also matches "
                    + "the code; activeOn keeps the units that exist on that day")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.UnitPage.class)))
    @PermitAll
    public PageView<UnitView> search(
            @QueryParam("q") String q,
            @QueryParam("kind") UnitKind kind,
            @Parameter(description = "ISO date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("activeOn") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return units.search(q, kind, activeOn, page).mapAll(items -> {
            Map<String, List<String>> predecessors = units.predecessorCodes(items);
            return items.stream().map(u -> ClusterMapper.toView(u, predecessors.getOrDefault(u.code, List.of())))
                    .toList();
        });
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A unit, with its successor and predecessors")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @PermitAll
    public Response get(@PathParam("code") String code) {
        Unit unit = units.get(code);
        return Response.ok(ClusterMapper.toView(unit, unit.predecessorCodes())).tag(Etags.of(unit.version)).build();
    }

    @GET
    @Path("{code}/memberships")
    @Operation(summary = "Every cluster-year of the unit, with its role",
            description = "With includePredecessors=true, also those of the units merged into it")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.UnitMembershipPage.class)))
    @PermitAll
    public PageView<UnitMembershipView> memberships(
            @PathParam("code") String code,
            @QueryParam("includePredecessors") @DefaultValue("false") boolean includePredecessors,
            @Valid @BeanParam PageRequest page) {
        return units.memberships(code, includePredecessors, page).map(ClusterMapper::toView);
    }
}
