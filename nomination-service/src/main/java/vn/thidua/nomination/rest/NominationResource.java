package vn.thidua.nomination.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.nomination.NominationStatus;
import vn.thidua.nomination.minutes.VoteMinutesPdf;
import vn.thidua.nomination.rest.dto.BallotRequest;
import vn.thidua.nomination.rest.dto.BallotView;
import vn.thidua.nomination.rest.dto.CommentAnswerRequest;
import vn.thidua.nomination.rest.dto.CreateNominationRequest;
import vn.thidua.nomination.rest.dto.NominationView;
import vn.thidua.nomination.rest.dto.PublicCommentView;
import vn.thidua.nomination.rest.dto.TransitionRequest;
import vn.thidua.nomination.rest.dto.VoteMinutesView;
import vn.thidua.nomination.service.AcclaimVoteService;
import vn.thidua.nomination.service.NominationService;
import vn.thidua.nomination.service.Nominations;
import vn.thidua.nomination.service.PublicCommentService;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Nominations", description = "Proposals for awards, the acclaim vote, public comment and the Central "
        + "Board workflow")
public class NominationResource {

    private final NominationService nominations;
    private final AcclaimVoteService votes;
    private final PublicCommentService comments;
    private final SecurityIdentity identity;

    public NominationResource(NominationService nominations, AcclaimVoteService votes,
            PublicCommentService comments, SecurityIdentity identity) {
        this.nominations = nominations;
        this.votes = votes;
        this.comments = comments;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Propose a nomination by hand", description = "(recipient, award type, result year) is "
            + "unique. Publishes nomination.proposed.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "409", description = "ONE_AWARD_PER_ACHIEVEMENT")
    @APIResponse(responseCode = "422", description = "UNKNOWN_AWARD_TYPE, NOMINEE_KIND_NOT_SERVED, "
            + "NOMINEE_NAME_REQUIRED, AWARD_TYPE_NOT_VALID")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{body.clusterCode}")
    @Audited(action = "propose", resource = "nomination")
    public Response create(@Valid @NotNull CreateNominationRequest request, @Context UriInfo uriInfo) {
        NominationView view = nominations.create(request, Caller.of(identity));
        URI location = uriInfo.getBaseUriBuilder().path(NominationResource.class).path(view.id()).build();
        return Response.created(location).tag(Etags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Search nominations", description = "By cluster, result year, status and award type")
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT, Roles.MEMBER_UNIT })
    public PageView<NominationView> search(@QueryParam("clusterCode") @Size(max = 64) String clusterCode,
            @QueryParam("year") @ValidYear Integer year, @QueryParam("status") NominationStatus status,
            @QueryParam("awardType") @Size(max = 64) String awardType, @Valid @BeanParam PageRequest page) {
        return nominations.search(clusterCode, year, status, awardType, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A nomination with its votes, comment window, allowed actions and history")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT, Roles.MEMBER_UNIT })
    public Response get(@PathParam("id") String id) {
        NominationView view = nominations.get(id);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Take a workflow step", description = "CLOSE_VOTE, SUBMIT, RESUBMIT: the cluster's "
            + "secretariat; RECEIVE, RETURN (reason), APPRAISE_ELIGIBLE/INELIGIBLE, DECIDE_AWARDED/REJECTED "
            + "(decisionNumber, decisionDate), REVOKE (reason, decisionNumber, decisionDate): the Central Board. "
            + "Publishes the step's public event.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "409", description = "TRANSITION_NOT_ALLOWED (names the allowed actions), "
            + "DOSSIER_INCOMPLETE, PUBLIC_COMMENT_OPEN, PUBLIC_COMMENTS_UNANSWERED, ROSTER_UNKNOWN")
    @APIResponse(responseCode = "422", description = "REASON_REQUIRED, DECISION_REQUIRED")
    @RolesAllowed({ Roles.CLUSTER_SECRETARIAT, Roles.CENTRAL_BOARD })
    @ActsFor(cluster = "{id}", lookup = Nominations.class, unlessRole = Roles.CENTRAL_BOARD)
    @Audited(action = "transition", resource = "nomination", id = "{id}")
    public NominationView transition(@PathParam("id") String id, @Valid @NotNull TransitionRequest request) {
        return nominations.transition(id, request, Caller.of(identity));
    }

    @POST
    @Path("{id}/ballots")
    @Operation(summary = "A member unit's ballot in the acclaim vote", description = "One per member unit of the "
            + "cluster-year; non-members 422 VOTER_NOT_MEMBER; a second ballot 409 DUPLICATE_BALLOT")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BallotView.class)))
    @RolesAllowed(Roles.MEMBER_UNIT)
    @ActsFor(unit = "{body.voterUnitCode}")
    @Audited(action = "vote", resource = "nomination", id = "{id}")
    public Response vote(@PathParam("id") String id, @Valid @NotNull BallotRequest request) {
        BallotView ballot = votes.cast(id, request.voterUnitCode(), request.approve(), Caller.of(identity));
        return Response.status(Response.Status.CREATED).entity(ballot).build();
    }

    @GET
    @Path("{id}/vote-minutes")
    @Produces({ MediaType.APPLICATION_JSON, "application/pdf" })
    @Operation(summary = "The minutes of the acclaim vote", description = "JSON, or a printable PDF with "
            + "Accept: application/pdf")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteMinutesView.class)),
            @Content(mediaType = "application/pdf") })
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT, Roles.MEMBER_UNIT })
    public Response minutes(@PathParam("id") String id, @Context jakarta.ws.rs.core.HttpHeaders headers) {
        VoteMinutesView minutes = votes.minutes(id);
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> "application".equals(t.getType()) && "pdf".equals(t.getSubtype()));
        if (pdf) {
            return Response.ok(VoteMinutesPdf.render(minutes), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"bien-ban-" + id + ".pdf\"").build();
        }
        return Response.ok(minutes, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "Public comments received on the nominee, with their answers")
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT })
    @ActsFor(cluster = "{id}", lookup = Nominations.class, unlessRole = Roles.CENTRAL_BOARD)
    public List<PublicCommentView> comments(@PathParam("id") String id) {
        return comments.list(id);
    }

    @POST
    @Path("{id}/comments/{commentId}/answer")
    @Operation(summary = "The secretariat answers a public comment")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicCommentView.class)))
    @APIResponse(responseCode = "409", description = "COMMENT_ALREADY_ANSWERED")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = Nominations.class)
    @Audited(action = "answer-comment", resource = "nomination", id = "{id}")
    public PublicCommentView answer(@PathParam("id") String id, @PathParam("commentId") long commentId,
            @Valid @NotNull CommentAnswerRequest request) {
        return comments.answer(id, commentId, request.answer(), Caller.of(identity));
    }
}
