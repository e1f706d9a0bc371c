package vn.thidua.support.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.support.problem.Problem;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.Roles;

/**
 * This service's part of the audit trail. Through the gateway the same path answers the trail of all four
 * services, merged.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only trail of accepted writes")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    /** The answer: entries oldest first, at most {@link AuditTrail#LIMIT}. */
    @Schema(name = "AuditTrail")
    public record AuditView(List<AuditEntry> entries) {
    }

    @GET
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Operation(summary = "The audit trail of one resource, or of one actor over a time range",
            description = "Either resourceType and resourceId, or actor (the token subject); from and to are "
                    + "ISO-8601 instants with offset, to exclusive")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "400", description = "Neither a resource nor an actor, or a bad instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditView find(@QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        boolean byResource = resourceType != null && resourceId != null;
        if (!byResource && actor == null) {
            throw new RuleViolation(400, "AUDIT_QUERY_UNBOUNDED",
                    "Name a resource (resourceType and resourceId) or an actor");
        }
        return new AuditView(trail.find(resourceType, resourceId, actor, instant("from", from), instant("to", to)));
    }

    private static OffsetDateTime instant(String name, String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(400, "AUDIT_BAD_INSTANT",
                    name + " must be an ISO-8601 instant with offset, e.g. 2024-05-01T00:00:00Z");
        }
    }
}
