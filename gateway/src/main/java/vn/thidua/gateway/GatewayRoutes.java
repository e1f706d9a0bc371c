package vn.thidua.gateway;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.netty.channel.EventLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import vn.thidua.gateway.config.GatewayConfig;

/**
 * Mounts the reverse proxy on the Quarkus router: {@code /api/...} goes to the owning service (see
 * {@link RouteTable}) with method, path, query, headers and body unchanged; anything else under {@code /api}
 * and all of {@code /internal} is answered 404 here.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final EdgeGuard guard;
    /**
     * The proxies of each event loop, with a client of their own: a client's pool hands any idle connection to any
     * request, so a request read on one event loop went out on a connection of another, and every step of the
     * exchange crossed threads, waking the other loop each way. A client used from one loop only opens its
     * connections on that loop (a read through the gateway at one connection, 20 ms apart: p50 4.0 -> 3.2 ms,
     * gateway CPU 2.1 -> 1.5 ms per request; back to back 1.9-2.3 -> 1.2-1.4 ms).
     */
    private final Map<EventLoop, Map<String, ProxyHandler>> proxiesByLoop = new ConcurrentHashMap<>();
    private final List<HttpClient> clients = new CopyOnWriteArrayList<>();
    private Map<String, Backend> backends;

    GatewayRoutes(GatewayConfig config, Vertx vertx, EdgeGuard guard) {
        this.config = config;
        this.vertx = vertx;
        this.guard = guard;
    }

    void mount(@Observes Router router) {
        RouteTable table = RouteTable.PUBLIC;
        Map<String, Backend> known = new HashMap<>();
        for (String service : table.services()) {
            URI url = config.serviceUrls().get(service);
            if (url == null) {
                throw new IllegalStateException("No thidua.gateway URL for " + service);
            }
            Backend backend = Backend.of(service, url);
            known.put(service, backend);
            LOG.infof("%s -> %s:%d", service, backend.host(), backend.port());
        }
        backends = Map.copyOf(known);

        // size, token and rate first; then the audit trail (all services) or the owning service
        router.route("/api/*").handler(guard::check);
        AuditFanOut audit = new AuditFanOut(createClient(), config.serviceUrls(), config.requestTimeout().toMillis());
        router.get(AuditFanOut.PATH).handler(ctx -> {
            logAccess(ctx, "all");
            audit.handle(ctx);
        });
        router.route("/api/*").handler(ctx -> {
            Optional<String> service = table.serviceFor(ctx.normalizedPath());
            logAccess(ctx, service.orElse("-"));
            // an unknown path needs no proxy: the event loop's are looked up only for a service
            service.map(name -> proxiesOf(ctx).get(name))
                    .ifPresentOrElse(proxy -> proxy.handle(ctx), () -> notFound(ctx));
        });
        // The services' /internal endpoints (read-model rebuilds and the like) are for the cluster only
        router.route("/internal/*").handler(ctx -> {
            logAccess(ctx, "-");
            notFound(ctx);
        });
    }

    /** Vert.x outlives the application in dev mode: without this each live reload would leave clients behind. */
    void close(@Observes ShutdownEvent event) {
        clients.forEach(HttpClient::close);
        clients.clear();
        proxiesByLoop.clear();
    }

    /** The proxies of the event loop that read the request, made on its first request. */
    private Map<String, ProxyHandler> proxiesOf(RoutingContext ctx) {
        EventLoop loop = ((ContextInternal) ctx.vertx().getOrCreateContext()).nettyEventLoop();
        return proxiesByLoop.computeIfAbsent(loop, ignored -> {
            HttpClient client = createClient();
            Map<String, ProxyHandler> proxies = new HashMap<>();
            backends.forEach((service, backend) -> proxies.put(service,
                    ProxyHandler.create(proxyTo(backend, client))));
            return Map.copyOf(proxies);
        });
    }

    /** A client for all services; the pool size applies to each service separately. */
    private HttpClient createClient() {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // well below the services' idle timeout, so the gateway never reuses a connection they closed
                .setKeepAliveTimeout(60);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerBackend());
        HttpClient client = vertx.createHttpClient(options, pool);
        clients.add(client);
        return client;
    }

    private HttpProxy proxyTo(Backend backend, HttpClient client) {
        RequestOptions origin = new RequestOptions()
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                // covers waiting for a pooled connection too, so a saturated pool also fails fast
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.requestTimeout().toMillis());
        return HttpProxy.reverseProxy(client)
                .origin(ctx -> ctx.client().request(new RequestOptions(origin))
                        .recover(failure -> Future.failedFuture(new BackendInterceptor.BackendUnreachable(failure))))
                .addInterceptor(new BackendInterceptor(backend));
    }

    private static void notFound(RoutingContext ctx) {
        Problem problem = Problem.notFound(ctx.normalizedPath(), RequestIdFilter.of(ctx));
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toBuffer());
    }

    /** One line per request; the path only, since query strings may carry names searched for. */
    private static void logAccess(RoutingContext ctx, String backend) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> LOG.infof("%s %s -> %s %d %dms requestId=%s", ctx.request().method(),
                ctx.normalizedPath(), backend, ctx.response().getStatusCode(),
                (System.nanoTime() - start) / 1_000_000, RequestIdFilter.of(ctx)));
    }
}
