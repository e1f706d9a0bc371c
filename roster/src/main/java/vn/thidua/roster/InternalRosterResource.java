package vn.thidua.roster;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.security.Roles;

/** The roster as this service knows it. Internal: not routed by the gateway, not in the public OpenAPI. */
@Path("/internal/rosters")
@Produces(MediaType.APPLICATION_JSON)
public class InternalRosterResource {

    /** What the service holds for one cluster-year. */
    public record InternalRosterView(String clusterCode, int year, List<String> unitCodes, String chairUnitCode,
            String viceChairUnitCode, long revision) {
    }

    private final RosterProjection projection;
    private final RosterRebuild rebuild;

    public InternalRosterResource(RosterProjection projection, RosterRebuild rebuild) {
        this.projection = projection;
        this.rebuild = rebuild;
    }

    /** Empties the read model and replays the cluster topic from its beginning; answers at once, replay goes on. */
    @POST
    @Path("/rebuild")
    @Operation(hidden = true)
    // Not routed by the gateway, but a service reached directly is no open door: emptying a read model is the
    // central board's operator action (./thidua rebuild signs such a token with the devstack's key).
    @RolesAllowed(Roles.CENTRAL_BOARD)
    public RosterRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    @GET
    @Path("/{clusterCode}/{year}")
    @Operation(hidden = true)
    @PermitAll
    public InternalRosterView get(@PathParam("clusterCode") String clusterCode, @PathParam("year") int year) {
        RosterYear roster = projection.find(clusterCode, year)
                .orElseThrow(() -> new ResourceNotFound("roster", clusterCode + "/" + year));
        return new InternalRosterView(roster.clusterCode, roster.year, List.copyOf(roster.unitCodes),
                roster.chairUnitCode, roster.viceChairUnitCode, roster.revision);
    }
}
