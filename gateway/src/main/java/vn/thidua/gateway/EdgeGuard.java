package vn.thidua.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import vn.thidua.gateway.config.GatewayConfig;
import vn.thidua.tokens.CachingJwtParser;

/**
 * What the gateway checks before a request reaches a service, in this order: body size (413), bearer token (401
 * when one is sent and is not valid: the services check it again, and decide who may do what), rate per client
 * (429 with {@code Retry-After}). And on every answer: security headers, no {@code Server} banner.
 */
@ApplicationScoped
public class EdgeGuard {

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);
    private static final String BEARER = "Bearer ";
    static final String CHALLENGE = "Bearer realm=\"thidua\"";
    /** The verified token of the request, for the rate limit and the audit fan-out. */
    static final String TOKEN = "thidua.token";

    /** After the request id (1000), before CORS, so even refused preflights carry the headers. */
    private static final int HEADERS_PRIORITY = 900;

    private final GatewayConfig config;
    private final CachingJwtParser parser;
    private final List<Pattern> uploadPaths;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    EdgeGuard(GatewayConfig config, JWTParser parser) {
        this.config = config;
        // a token checked once is known until it expires: no signature check and no worker hop per request
        this.parser = new CachingJwtParser(parser, 10_000);
        this.uploadPaths = config.uploadPaths().stream().map(Pattern::compile).toList();
    }

    void register(@Observes Filters filters) {
        filters.register(EdgeGuard::securityHeaders, HEADERS_PRIORITY);
    }

    static void securityHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> ctx.response().headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .remove(HttpHeaders.SERVER));
        ctx.next();
    }

    /** The checks of an /api request; calls {@code ctx.next()} only when all pass. */
    void check(RoutingContext ctx) {
        long limit = limitFor(ctx.normalizedPath());
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parseLength(length) > limit) {
            discardBody(ctx, parseLength(length), limit);
            refuse(ctx, Problem.tooLarge(limit, ctx.normalizedPath(), RequestIdFilter.of(ctx)), null);
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            limitRate(ctx, "address:" + ctx.request().remoteAddress().host());
            return;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(ctx, Problem.unauthorized(ctx.normalizedPath(), RequestIdFilter.of(ctx)), CHALLENGE);
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        JsonWebToken known = parser.cached(token);
        if (known != null) {
            ctx.put(TOKEN, known);
            limitRate(ctx, "subject:" + known.getSubject());
            return;
        }
        // Fetching a JWKS may block: verify off the event loop; the request waits paused.
        ctx.request().pause();
        ctx.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(verified -> {
            if (verified.failed()) {
                LOG.debugf("Token refused: %s", verified.cause().getMessage());
                ctx.request().resume();
                refuse(ctx, Problem.unauthorized(ctx.normalizedPath(), RequestIdFilter.of(ctx)), CHALLENGE);
                return;
            }
            ctx.put(TOKEN, verified.result());
            limitRate(ctx, "subject:" + verified.result().getSubject());
        });
    }

    private void limitRate(RoutingContext ctx, String client) {
        long now = System.nanoTime();
        long windowNanos = config.rateLimitWindow().toNanos();
        Window window = windows.compute(client, (key, current) -> current == null || now - current.start >= windowNanos
                ? new Window(now, 1) : new Window(current.start, current.count + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start >= windowNanos); // forget idle clients
        }
        if (window.count > config.rateLimitRequests()) {
            long retryAfter = Math.max(1, Duration.ofNanos(window.start + windowNanos - now).toSeconds() + 1);
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            refuse(ctx, Problem.tooManyRequests(retryAfter, ctx.normalizedPath(), RequestIdFilter.of(ctx)), null);
            return;
        }
        ctx.next();
    }

    /**
     * A client still sending the body would see a broken pipe instead of the 413 if the connection closed at once:
     * read and drop a body of up to ten times the limit, close the connection on anything bigger.
     */
    private static void discardBody(RoutingContext ctx, long announced, long limit) {
        if (announced > 10 * limit) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            return;
        }
        ctx.request().handler(ignored -> { }).resume();
    }

    private long limitFor(String path) {
        return uploadPaths.stream().anyMatch(p -> p.matcher(path).matches()) ? config.maxUploadSize().asLongValue()
                : config.maxBodySize().asLongValue();
    }

    private static long parseLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    static void refuse(RoutingContext ctx, Problem problem, String challenge) {
        if (challenge != null) {
            ctx.response().putHeader("WWW-Authenticate", challenge);
        }
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toBuffer());
    }

    private record Window(long start, int count) {
    }
}
