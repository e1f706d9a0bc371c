package vn.thidua.gateway;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway adds around each exchange with one service: the client's Host is kept, a failed exchange
 * becomes problem+json instead of the proxy's empty 502, and the service's hop-by-hop and CORS headers are
 * dropped from its answer.
 */
final class BackendInterceptor implements ProxyInterceptor {

    /** The connection to the service could not be had: nothing was sent, so retrying is safe. */
    static final class BackendUnreachable extends RuntimeException {
        BackendUnreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static final Logger LOG = Logger.getLogger(BackendInterceptor.class);

    /** Meant for one connection, not to be passed on: the list the proxy itself drops from requests. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "upgrade");

    private final Backend backend;

    BackendInterceptor(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ProxyRequest request = ctx.request();
        HostAndPort authority = request.proxiedRequest().authority();
        if (authority != null) {
            // Locations the service builds from its request then point at the gateway, not at the service
            request.setAuthority(authority);
        }
        return ctx.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(request, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        MultiMap headers = ctx.response().headers();
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        // Headers the service named in Connection are hop-by-hop too (RFC 9110, 7.6.1)
        headers.getAll(HttpHeaders.CONNECTION).forEach(value -> Arrays.stream(value.split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .forEach(dropped::add));
        List<String> names = headers.names().stream()
                .filter(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    // The gateway answers CORS; the service's own Access-Control-* would be duplicates browsers refuse
                    return dropped.contains(lower) || lower.startsWith("access-control-");
                })
                .toList();
        names.forEach(headers::remove);
        return ctx.sendResponse();
    }

    private ProxyResponse problemResponse(ProxyRequest request, Throwable failure) {
        HttpServerRequest incoming = request.proxiedRequest();
        String path = incoming.path();
        String requestId = incoming.getHeader(RequestIdFilter.HEADER);
        Problem problem;
        if (failure instanceof BackendUnreachable) {
            problem = Problem.serviceUnavailable(backend, path, requestId);
        } else if (failure instanceof TimeoutException) {
            problem = Problem.gatewayTimeout(backend, path, requestId);
        } else {
            problem = Problem.badGateway(backend, path, requestId);
        }
        LOG.warnf("%s %s -> %s failed with %d: %s requestId=%s", incoming.method(), path, backend.name(),
                problem.status(), failure.getMessage(), requestId);
        // release() drains what is left of the client's body, so the connection stays usable
        return request.release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toBuffer()));
    }
}
