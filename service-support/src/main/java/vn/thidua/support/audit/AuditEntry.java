package vn.thidua.support.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One accepted write: who (subject, role, claim), what (action, resource), when, which request, outcome. */
@Schema(name = "AuditEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(OffsetDateTime at, String service, String subject, String role, String unit, String cluster,
        String action, String resourceType, String resourceId, String requestId, String outcome) {
}
