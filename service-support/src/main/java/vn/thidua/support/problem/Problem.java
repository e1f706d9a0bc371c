package vn.thidua.support.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error of the suite ({@code application/problem+json}).
 *
 * @param type stable URI naming the kind of problem; clients switch on it
 * @param rule for a broken domain rule, its name (e.g. {@code CHAIR_NOT_MEMBER})
 * @param errors for invalid input, one entry per offending field
 * @param requestId the {@code X-Request-Id} of the request, to find it in the logs
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
        List<FieldError> errors, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of the {@code type} URIs: pages the gateway serves from {@link vn.thidua.problems.ProblemCatalog}. */
    public static final String TYPE_BASE = vn.thidua.problems.ProblemCatalog.BASE;

    /** One invalid field: its JSON path in the request and what is wrong. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(String field, String message) {
    }
}
