package vn.thidua.support.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.support.web.IdempotencyStore.StoredAnswer;

/**
 * {@code Idempotency-Key} for every {@code POST} and {@code PUT} of an {@link Idempotent} resource. With a key, the
 * resource method runs in a transaction that first takes a lock on caller and key, then either replays the answer
 * kept for them (same status, Location, ETag and body, plus {@code Idempotent-Replayed: true}), refuses a key used for
 * another request (422), or runs the write and keeps its answer in the same transaction. So a retry racing the
 * original waits for it and replays it, and a write that failed leaves no answer behind: its retry runs afresh.
 * <p>
 * The caller is the authenticated principal when there is one, otherwise {@code anonymous}: keys are per caller so
 * that one client cannot read another's answers by guessing its key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);
    static final String ANONYMOUS = "anonymous";

    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    public IdempotencyInterceptor(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
            return invocation.proceed();
        }
        String key = request.getHttpHeaders().getHeaderString(IdempotencyKeys.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isEmpty() || key.length() > IdempotencyKeys.MAX_LENGTH
                || Texts.firstControlCharacter(key, false) >= 0) {
            throw new InvalidParameter(IdempotencyKeys.HEADER, key,
                    "1 to " + IdempotencyKeys.MAX_LENGTH + " characters without control characters");
        }
        String caller = caller(request.getSecurityContext());
        String fingerprint = fingerprint(request, invocation.getParameters());
        return QuarkusTransaction.joiningExisting().call(() -> {
            store.lock(caller, key);
            Optional<StoredAnswer> earlier = store.find(caller, key);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReused(key);
                }
                LOG.infof("Replayed %s %s for Idempotency-Key %s", request.getMethod(), request.getPath(), key);
                return replay(earlier.get());
            }
            Object result = invocation.proceed();
            store.save(caller, key, answerOf(fingerprint, result));
            return result instanceof Response response
                    ? Response.fromResponse(response).header(IdempotencyKeys.REPLAYED, "false").build()
                    : result;
        });
    }

    static String caller(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isEmpty() ? ANONYMOUS
                : "user:" + principal.getName();
    }

    private StoredAnswer answerOf(String fingerprint, Object result) {
        if (result instanceof Response response) {
            URI location = response.getLocation();
            return new StoredAnswer(fingerprint, response.getStatus(), location == null ? null : location.toString(),
                    response.getEntityTag() == null ? null : response.getEntityTag().getValue(),
                    response.hasEntity() ? json(response.getEntity()) : null);
        }
        return new StoredAnswer(fingerprint, result == null ? 204 : 200, null, null, result == null ? null : json(result));
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status())
                .header(IdempotencyKeys.REPLAYED, "true");
        if (answer.location() != null) {
            builder.location(URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            builder.tag(answer.etag());
        }
        if (answer.body() != null) {
            builder.type(MediaType.APPLICATION_JSON).entity(answer.body());
        }
        return builder.build();
    }

    /** Method, path, query and the request's own arguments (body, typed If-Match): what makes it the same request. */
    private String fingerprint(ResteasyReactiveRequestContext request, Object[] arguments) {
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getPath())
                .append("?").append(String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()));
        for (Object argument : arguments) {
            text.append('\n');
            if (argument == null) {
                text.append("null");
            } else if (argument instanceof UriInfo || argument instanceof HttpHeaders || argument instanceof Request
                    || argument instanceof SecurityContext || argument instanceof AsyncResponse) {
                text.append('-');
            } else if (argument instanceof CharSequence || argument instanceof Number || argument instanceof Boolean
                    || argument instanceof Enum<?> || argument instanceof ExpectedRevision) {
                text.append(argument);
            } else {
                text.append(json(argument));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
