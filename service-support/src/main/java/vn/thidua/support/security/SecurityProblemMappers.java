package vn.thidua.support.security;

import java.lang.reflect.Method;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.problem.Problem;

/**
 * 401 (no usable token: missing, expired, not yet valid, foreign signature or issuer, {@code alg: none}) with
 * {@code WWW-Authenticate: Bearer}, and 403 naming the role the endpoint needs, both as problem+json.
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that its failures reach these mappers.
 */
public class SecurityProblemMappers {

    public static final String CHALLENGE = "Bearer realm=\"thidua\"";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized("This needs a bearer token", uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        // The reason (expired, foreign key...) stays in the logs: it helps an attacker more than a client.
        return unauthorized("The bearer token is not valid here (expired, not yet valid, wrongly signed or issued)",
                uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        String[] roles = rolesOf(resource);
        String detail = roles == null ? "The token lacks the right for this request"
                : "This needs the role " + String.join(" or ", roles);
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(ProblemCatalog.FORBIDDEN.type(),
                "Forbidden", 403, detail, path(uri), null, null, requestId(headers))).build();
    }

    private static Response unauthorized(String detail, UriInfo uri, HttpHeaders headers) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemCatalog.UNAUTHORIZED.type(), "Unauthorized", 401, detail, path(uri), null,
                        null, requestId(headers)))
                .build();
    }

    private static String[] rolesOf(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Method method = resource.getResourceMethod();
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : allowed.value();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String requestId(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString("X-Request-Id");
    }
}
