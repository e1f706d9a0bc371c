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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.thidua.conference.service.IdempotencyService;
import vn.thidua.conference.service.IdempotencyService.Answer;
import vn.thidua.conference.service.IdempotencyService.StoredAnswer;
import vn.thidua.conference.service.PledgeService;
import vn.thidua.conference.service.PledgeService.PledgeStanding;
import vn.thidua.support.problem.Problem;
import vn.thidua.support.web.Etags;

@Path("/api/v1/pledges/{clusterCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pledges", description = "Emulation pledges (giao ước thi đua) of cluster-years and their signatures")
public class PledgeResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final PledgeService pledges;
    private final IdempotencyService idempotency;

    public PledgeResource(PledgeService pledges, IdempotencyService idempotency) {
        this.pledges = pledges;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Who signed the pledge of a cluster-year, and which members are still pending")
    @APIResponse(responseCode = "200", description = "The pledge; ETag = its version (0 while unsigned)",
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "404", description = "No roster known for that cluster-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Authenticated
    public Response get(@PathParam("clusterCode") @Size(max = 64) String clusterCode,
            @PathParam("year") @Min(1945) @Max(2100) int year) {
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
                    @Header(name = REPLAYED, description = "true when the answer replays an earlier request with the "
                            + "same Idempotency-Key")},
            content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown or missing field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No roster known for that cluster-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ALREADY_SIGNED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "SIGNER_NOT_MEMBER, SIGNED_ON_IN_FUTURE, "
            + "SIGNED_ON_OUTSIDE_SEASON, IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{body.unitCode}")
    @Audited(action = "sign", resource = "pledge", id = "{clusterCode}/{year}")
    public Response sign(@PathParam("clusterCode") @Size(max = 64) String clusterCode,
            @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255)
            @Parameter(description = "Unique per intended write; reuse it only to retry that write") String key,
            @Valid @NotNull SignPledgeRequest request,
            @Context UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path(PledgeResource.class).build(clusterCode, year);
        if (key == null) {
            PledgeStanding standing = pledges.sign(clusterCode, year, request.unitCode(), request.signedOn(),
                    request.conferenceId(), ifMatch);
            return Response.created(location).tag(Etags.of(standing.version()))
                    .entity(PledgeMapper.toView(standing)).build();
        }
        String scope = "POST " + uriInfo.getRequestUri().getRawPath();
        StoredAnswer answer = idempotency.once(scope, key, request, () -> {
            PledgeStanding standing = pledges.sign(clusterCode, year, request.unitCode(), request.signedOn(),
                    request.conferenceId(), ifMatch);
            return new Answer(201, location.toString(), Long.toString(standing.version()),
                    PledgeMapper.toView(standing));
        });
        return Response.status(answer.status()).location(URI.create(answer.location()))
                .tag(answer.etag()).header(REPLAYED, answer.replayed())
                .type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}
