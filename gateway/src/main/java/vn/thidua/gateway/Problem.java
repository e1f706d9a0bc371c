package vn.thidua.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import vn.thidua.problems.ProblemCatalog;

/**
 * An error the gateway itself answers, as RFC 9457 problem details. The {@code type} URIs are stable (clients
 * switch on them) and come from the suite's {@link ProblemCatalog}, whose pages {@link ProblemPages} serves.
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem notFound(String path, String requestId) {
        return new Problem(ProblemCatalog.NOT_FOUND.type(), "Not found", 404,
                "No public API at " + path, path, requestId);
    }

    public static Problem badGateway(Backend backend, String path, String requestId) {
        return new Problem(ProblemCatalog.BAD_GATEWAY.type(), "Bad gateway", 502,
                backend.name() + " broke off the exchange", path, requestId);
    }

    public static Problem serviceUnavailable(Backend backend, String path, String requestId) {
        return new Problem(ProblemCatalog.SERVICE_UNAVAILABLE.type(), "Service unavailable", 503,
                backend.name() + " is not reachable", path, requestId);
    }

    public static Problem gatewayTimeout(Backend backend, String path, String requestId) {
        return new Problem(ProblemCatalog.GATEWAY_TIMEOUT.type(), "Gateway timeout", 504,
                backend.name() + " did not answer in time", path, requestId);
    }

    public static Problem unauthorized(String path, String requestId) {
        return new Problem(ProblemCatalog.UNAUTHORIZED.type(), "Unauthorized", 401,
                "The bearer token is not valid here (expired, not yet valid, wrongly signed or issued)", path,
                requestId);
    }

    public static Problem tooLarge(long limit, String path, String requestId) {
        return new Problem(ProblemCatalog.PAYLOAD_TOO_LARGE.type(), "Payload too large", 413,
                "The request body is larger than " + limit + " bytes", path, requestId);
    }

    public static Problem tooManyRequests(long retryAfterSeconds, String path, String requestId) {
        return new Problem(ProblemCatalog.TOO_MANY_REQUESTS.type(), "Too many requests", 429,
                "Rate limit reached; retry after " + retryAfterSeconds + " s", path, requestId);
    }

    public static Problem auditIncomplete(String service, String path, String requestId) {
        return new Problem(ProblemCatalog.SERVICE_UNAVAILABLE.type(), "Service unavailable", 503,
                "The audit trail of " + service + " could not be read; a partial trail is not answered", path,
                requestId);
    }

    public Buffer toBuffer() {
        return new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId)
                .toBuffer();
    }
}
