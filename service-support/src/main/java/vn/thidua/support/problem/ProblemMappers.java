package vn.thidua.support.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.web.InvalidParameter;
import vn.thidua.support.web.InvalidText;
import vn.thidua.support.web.RequestIds;

/**
 * Turns every failure of a service into problem+json with a stable {@code type}: the suite's own exceptions,
 * unreadable or unknown JSON, Bean Validation, JAX-RS errors, and anything unexpected (500, no stack trace).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.TYPE_BASE + e.typeSlug(), e.title(), e.status(), e.getMessage(),
                path(uri), e.rule(), null, requestId(headers)));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(ProblemCatalog.INVALID_PARAMETER.type(), ProblemCatalog.INVALID_PARAMETER.titleEn(),
                400, e.getMessage(), path(uri), null,
                List.of(new Problem.FieldError(e.parameter(), "must be " + e.expected())), requestId(headers)));
    }

    @ServerExceptionMapper
    public Response invalidText(InvalidText e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return invalid(uri, headers, "Invalid text in '" + field + "': " + e.getOriginalMessage(),
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, e.getOriginalMessage())));
    }

    /** A limit of the JSON reader: the whole body is too large (413), or one string, number or nesting (400). */
    @ServerExceptionMapper
    public Response tooLarge(StreamConstraintsException e, UriInfo uri, HttpHeaders headers) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Document length")) {
            return respond(new Problem(ProblemCatalog.PAYLOAD_TOO_LARGE.type(),
                    ProblemCatalog.PAYLOAD_TOO_LARGE.titleEn(), 413, e.getOriginalMessage(), path(uri), null, null,
                    requestId(headers)));
        }
        return invalid(uri, headers, "The request body exceeds a limit: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return invalid(uri, headers, "Unknown field '" + e.getPropertyName() + "'",
                List.of(new Problem.FieldError(field, "unknown field")));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "a value of type " + (e.getTargetType() == null ? "?" : e.getTargetType().getSimpleName());
        return invalid(uri, headers, "Invalid value " + e.getValue() + " for '" + jsonPath(e) + "'",
                List.of(new Problem.FieldError(jsonPath(e), "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return invalid(uri, headers, "Request body does not have the expected shape",
                field.isEmpty() ? null : List.of(new Problem.FieldError(field, e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return malformed(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return invalid(uri, headers, "Request body does not have the expected shape: " + e.getOriginalMessage(),
                null);
    }

    @ServerExceptionMapper
    public Response databind(DatabindException e, UriInfo uri, HttpHeaders headers) {
        return malformed(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return malformed(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return invalid(uri, headers, "The request has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // The JSON reader wraps syntax errors in a 400, the parameter reader bad values in a 404: answer them as what
        // they are.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameter invalid) {
                return invalidParameter(invalid, uri, headers);
            }
            if (cause instanceof InvalidText text) {
                return invalidText(text, uri, headers);
            }
            if (cause instanceof StreamConstraintsException limit) {
                return tooLarge(limit, uri, headers);
            }
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformed(parse, uri, headers);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, uri, headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        ProblemCatalog type = ProblemCatalog.forStatus(status.getStatusCode());
        Response.ResponseBuilder builder = Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.type(), status.getReasonPhrase(), status.getStatusCode(),
                        e.getMessage(), path(uri), null, null, requestId(headers)));
        // 405 must still say which methods are allowed.
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        String requestId = requestId(headers);
        LOG.errorf(e, "Unexpected failure on %s (request %s)", path(uri), requestId);
        return respond(new Problem(ProblemCatalog.INTERNAL_ERROR.type(), ProblemCatalog.INTERNAL_ERROR.titleEn(), 500,
                "The request could not be completed; the failure is logged" + (requestId == null ? "" : " under request id " + requestId),
                path(uri), null, null, requestId));
    }

    private Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(ProblemCatalog.MALFORMED_JSON.type(), ProblemCatalog.MALFORMED_JSON.titleEn(), 400,
                "The request body is not valid JSON: " + e.getOriginalMessage(), path(uri), null, null,
                requestId(headers)));
    }

    private Response invalid(UriInfo uri, HttpHeaders headers, String detail, List<Problem.FieldError> errors) {
        return respond(new Problem(ProblemCatalog.INVALID_REQUEST.type(), ProblemCatalog.INVALID_REQUEST.titleEn(), 400, detail,
                path(uri), null, errors, requestId(headers)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The request id the request is logged under (see {@link RequestIds}). */
    private static String requestId(HttpHeaders headers) {
        String current = RequestIds.current();
        return current != null ? current : headers == null ? null : headers.getHeaderString(RequestIds.HEADER);
    }

    /** {@code nominee.unitCode}, {@code scores[2].points}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Bean Validation paths start with the method and parameter ({@code register.request.code}): keep the field part. */
    static String fieldOf(Path propertyPath) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> {
                    String name = node.getName() == null ? "" : node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (!name.isEmpty() && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
                // a body's fields are named without the parameter; a query or path parameter by its own name
                case PARAMETER -> {
                    parts.clear();
                    parameter = node.getName();
                }
                default -> {
                }
            }
        }
        return !parts.isEmpty() ? String.join(".", parts) : parameter != null ? parameter : "body";
    }
}
