package vn.thidua.conference.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.thidua.conference.ConferenceKind;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.conference.config.ConferenceConfig;
import vn.thidua.conference.rest.dto.AddPaperRequest;
import vn.thidua.conference.rest.dto.AdoptResolutionRequest;
import vn.thidua.conference.rest.dto.ChangeConferenceStatusRequest;
import vn.thidua.conference.rest.dto.ConferenceViews.ConferencePage;
import vn.thidua.conference.rest.dto.ConferenceViews.ConferenceView;
import vn.thidua.conference.rest.dto.RecordAttendanceRequest;
import vn.thidua.conference.rest.dto.ScheduleConferenceRequest;
import vn.thidua.conference.service.ConferenceClusters;
import vn.thidua.conference.service.ConferenceService;
import vn.thidua.conference.service.ConferenceService.ConferenceStanding;
import vn.thidua.conference.service.ConferenceService.NewConference;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.ActsFor;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

/**
 * Conferences of cluster-years. Writes: the secretariat of the conference's cluster. Reads are public
 * ({@code @PermitAll}): conferences, their hosts, guests and resolutions are announced publicly (the seed articles are
 * press reports), and officials subscribe to the calendar without a token.
 */
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Conferences", description = "Conferences of cluster-years (hội nghị): attendance, experience papers, "
        + "resolutions, results announced")
public class ConferenceResource {

    private final ConferenceService conferences;
    private final ConferenceConfig config;

    public ConferenceResource(ConferenceService conferences, ConferenceConfig config) {
        this.conferences = conferences;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a conference", description = "Status SCHEDULED; publishes conference.scheduled")
    @APIResponse(responseCode = "201", description = "Scheduled; Location is the conference",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "422", description = "HOST_NOT_MEMBER, ANNUAL_REVIEW_LINK_INVALID")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{body.clusterCode}")
    @Audited(action = "schedule", resource = "conference")
    public Response schedule(@Valid @NotNull ScheduleConferenceRequest r, @Context UriInfo uriInfo) {
        ConferenceStanding standing = conferences.schedule(new NewConference(r.clusterCode(), r.kind(),
                r.seasonYear(), r.hostUnitCode(), r.location(), r.startsAt(), ConferenceMapper.fromInput(r.presiding()),
                ConferenceMapper.fromInput(r.guests()), r.annualReviewId()));
        URI location = uriInfo.getBaseUriBuilder().path(ConferenceResource.class).path(standing.conference().id)
                .build();
        return Response.created(location).tag(Etags.of(standing.conference().version))
                .entity(ConferenceMapper.toView(standing, config.timeZone())).build();
    }

    @GET
    @Operation(summary = "Conferences by cluster, season year, status and kind", description = "Earliest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConferencePage.class)))
    @PermitAll
    public PageView<ConferenceView> search(@QueryParam("clusterCode") @Size(max = 64) String clusterCode,
            @QueryParam("year") @ValidYear Integer year,
            @QueryParam("status") ConferenceStatus status,
            @QueryParam("kind") ConferenceKind kind,
            @Valid @BeanParam PageRequest page) {
        return conferences.search(clusterCode, year, status, kind, page)
                .map(s -> ConferenceMapper.toView(s, config.timeZone()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A conference with attendance, papers, resolutions and the nominations announced for its "
            + "cluster and season")
    @APIResponse(responseCode = "200", description = "ETag = its version",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @PermitAll
    public Response get(@PathParam("id") @Size(max = 36) String id) {
        return respond(conferences.get(id), Response.Status.OK);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the status: SCHEDULED → HELD → CLOSED, or SCHEDULED → CANCELLED with a reason",
            description = "Publishes conference.held / closed / cancelled. Honours If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "409", description = "CONFERENCE_STATUS_CHANGE_NOT_ALLOWED (names the allowed ones)")
    @APIResponse(responseCode = "422", description = "CANCELLATION_REASON_REQUIRED")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ConferenceClusters.class)
    @Audited(action = "change-status", resource = "conference", id = "{id}")
    public Response changeStatus(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull ChangeConferenceStatusRequest r) {
        return respond(conferences.changeStatus(id, r.status(), r.reason(), ExpectedRevision.orAny(expected)),
                Response.Status.OK);
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the member units present and their delegates (replaces the list)",
            description = "Members of the season's roster not listed show as absent. Honours If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "409", description = "CONFERENCE_NOT_OPEN")
    @APIResponse(responseCode = "422", description = "ATTENDEE_NOT_MEMBER, DUPLICATE_ATTENDEE")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ConferenceClusters.class)
    @Audited(action = "record-attendance", resource = "conference", id = "{id}")
    public Response recordAttendance(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull RecordAttendanceRequest r) {
        return respond(conferences.recordAttendance(id, ConferenceMapper.attendees(r.units()),
                ExpectedRevision.orAny(expected)), Response.Status.OK);
    }

    @POST
    @Path("{id}/papers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An experience paper (tham luận) of a member unit")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "409", description = "CONFERENCE_NOT_OPEN")
    @APIResponse(responseCode = "422", description = "PAPER_UNIT_NOT_MEMBER")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ConferenceClusters.class)
    @Audited(action = "add-paper", resource = "conference", id = "{id}")
    public Response addPaper(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected, @Valid @NotNull AddPaperRequest r) {
        return respond(conferences.addPaper(id, r.unitCode(), r.title(), r.presenter(),
                ExpectedRevision.orAny(expected)), Response.Status.CREATED);
    }

    @POST
    @Path("{id}/resolutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopt a resolution at a HELD conference",
            description = "Publishes resolution-adopted; an ELECT_LEADERSHIP resolution makes cluster-service set "
                    + "that year's leadership, and shows APPLIED or REJECTED (with the rule) once it reports back.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "409", description = "CONFERENCE_NOT_HELD")
    @APIResponse(responseCode = "422", description = "RESOLUTION_FIELD_REQUIRED, ELECTION_YEAR_NOT_NEXT, "
            + "CHAIR_AND_VICE_CHAIR_SAME, FLAG_HANDOVER_SAME_UNIT, SUPPORT_AMOUNT_NOT_POSITIVE, AWARDS_COUNT_INVALID")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = ConferenceClusters.class)
    @Audited(action = "adopt-resolution", resource = "conference", id = "{id}")
    public Response adopt(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected, @Valid @NotNull AdoptResolutionRequest r) {
        return respond(conferences.adopt(id, ConferenceMapper.fromInput(r), ExpectedRevision.orAny(expected)),
                Response.Status.CREATED);
    }

    private Response respond(ConferenceStanding standing, Response.Status status) {
        return Response.status(status).tag(Etags.of(standing.conference().version))
                .entity(ConferenceMapper.toView(standing, config.timeZone())).build();
    }
}
