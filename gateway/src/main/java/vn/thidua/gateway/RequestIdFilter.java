package vn.thidua.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request one {@code X-Request-Id}: the client's, or a new UUID. It is written back into the
 * request headers, so the proxy forwards it to the service, and set on every response, proxied or not.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";

    /** Runs before CORS and the routes, so even a refused preflight carries the id. */
    private static final int PRIORITY = 1_000;

    // A client's id ends up in logs and in the services: accept only short, printable tokens
    private static final Pattern ACCEPTED = Pattern.compile("[\\x21-\\x7E]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::assign, PRIORITY);
    }

    static void assign(RoutingContext ctx) {
        String id = accepted(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        ctx.put(HEADER, id);
        // set, not add: a proxied response would otherwise carry the service's copy as well
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    static String accepted(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(HEADER);
    }
}
