package vn.thidua.nomination.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.nomination.rest.dto.PublicAwardView;
import vn.thidua.nomination.rest.dto.PublicCommentRequest;
import vn.thidua.nomination.rest.dto.PublicCommentView;
import vn.thidua.nomination.service.NominationService;
import vn.thidua.nomination.service.PublicCommentService;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

/** Anonymous: decided awards, and comments from the public while a nominee is published for comment. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Public", description = "Published results and public comment, without a token")
public class PublicResource {

    private final NominationService nominations;
    private final PublicCommentService comments;

    public PublicResource(NominationService nominations, PublicCommentService comments) {
        this.nominations = nominations;
        this.comments = comments;
    }

    @GET
    @Path("awards")
    @Operation(summary = "Decided awards", description = "DECIDED_AWARDED nominations only, with the decision")
    @PermitAll
    public PageView<PublicAwardView> awards(@QueryParam("year") @ValidYear Integer year,
            @QueryParam("clusterCode") @Size(max = 64) String clusterCode, @Valid @BeanParam PageRequest page) {
        return nominations.publicAwards(year, clusterCode, page);
    }

    @POST
    @Path("nominations/{id}/comments")
    @Operation(summary = "Comment on a nominee published for comment", description = "Only during the window of "
            + "working days the award type sets (409 PUBLIC_COMMENT_CLOSED otherwise)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PublicCommentView.class)))
    @PermitAll
    public Response comment(@PathParam("id") String id, @Valid @NotNull PublicCommentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(comments.receive(id, request.authorName(), request.text())).build();
    }
}
