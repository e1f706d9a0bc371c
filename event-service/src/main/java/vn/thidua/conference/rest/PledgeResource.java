package vn.thidua.conference.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.support.security.Roles;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.conference.rest.dto.PledgeView;
import vn.thidua.conference.rest.dto.SignPledgeRequest;
import vn.thidua.conference.service.PledgeService;
import vn.thidua.conference.service.PledgeService.PledgeStanding;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.IdempotencyKeys;
import vn.thidua.support.web.ValidYear;

@Path("/api/v1/pledges/{clusterCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Pledges", description = "Emulation pledges (giao ước thi đua) of cluster-years and their signatures")
public class PledgeResource {

    private final PledgeService pledges;

    public PledgeResource(PledgeService pledges) {
        this.pledges = pledges;
    }

    @GET
    @Operation(summary = "Who signed the pledge of a cluster-year, and which members are still pending")
    @APIResponse(responseCode = "200", description = "The pledge; ETag = its version (0 while unsigned)",
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @Authenticated
    public Response get(@PathParam("clusterCode") @Size(max = 64) String clusterCode,
            @PathParam("year") @ValidYear Integer year) {
        PledgeStanding standing = pledges.get(clusterCode, year);
        return Response.ok(PledgeMapper.toView(standing)).tag(Etags.of(standing.version())).build();
    }

    @POST
    @Path("signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member unit signs the pledge",
            description = "Only members of the cluster-year sign, once each. With an Idempotency-Key, a retry answers "
                    + "the first answer again (header Idempotent-Replayed: true) without a second signature.")
    @APIResponse(responseCode = "201", description = "Signed; Location is the pledge",
            headers = {@Header(name = "Location"), @Header(name = "ETag"),
                    @Header(name = IdempotencyKeys.REPLAYED, description = "true when the answer replays an earlier request with the "
                            + "same Idempotency-Key")},
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "409", description = "ALREADY_SIGNED")
    @APIResponse(responseCode = "422", description = "SIGNER_NOT_MEMBER, SIGNED_ON_IN_FUTURE, "
            + "SIGNED_ON_OUTSIDE_SEASON")
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{body.unitCode}")
    @Audited(action = "sign", resource = "pledge", id = "{clusterCode}/{year}")
    public Response sign(@PathParam("clusterCode") @Size(max = 64) String clusterCode,
            @PathParam("year") @ValidYear Integer year,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull SignPledgeRequest request,
            @Context UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path(PledgeResource.class).build(clusterCode, year);
        PledgeStanding standing = pledges.sign(clusterCode, year, request.unitCode(), request.signedOn(),
                request.conferenceId(), ExpectedRevision.orAny(expected));
        return Response.created(location).tag(Etags.of(standing.version())).entity(PledgeMapper.toView(standing))
                .build();
    }
}
