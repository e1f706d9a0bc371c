package vn.thidua.gateway;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * The four services, faked by small Vert.x servers on free ports. Each answers with what it received (service,
 * method, uri, host, headers, body) so a test can assert what the backend saw, and with the headers a real
 * service sends (ETag, Location built from Host, its own X-Request-Id and CORS headers) and hop-by-hop headers.
 * {@code peerPort} tells the gateway's connections apart. {@code X-Fake-Status} picks the status; a path ending in
 * {@code /slow} is never answered, one ending in {@code /drop} gets its connection closed.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> URL_PROPERTY = Map.of(
            "cluster-service", "thidua.gateway.cluster-url",
            "scoring-service", "thidua.gateway.scoring-url",
            "nomination-service", "thidua.gateway.nomination-url",
            "event-service", "thidua.gateway.conference-url");

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        URL_PROPERTY.forEach((service, property) -> {
            HttpServer server = await(vertx.createHttpServer()
                    .requestHandler(request -> answer(service, request))
                    .listen(0, "localhost"));
            config.put(property, "http://localhost:" + server.actualPort());
        });
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    private static void answer(String service, HttpServerRequest request) {
        if (request.path().endsWith("/slow")) {
            return;
        }
        if (request.path().endsWith("/drop")) {
            request.connection().close();
            return;
        }
        if (request.path().equals("/api/v1/audit")) {
            auditTrail(service, request);
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            String status = request.getHeader("X-Fake-Status");
            JsonObject seen = new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("host", request.getHeader("Host"))
                    .put("peerPort", request.remoteAddress().port())
                    .put("headers", headers)
                    .put("body", body.toString());
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"3\"")
                    .putHeader("Location", "http://" + request.getHeader("Host") + request.path() + "/new-1")
                    .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Connection", "keep-alive, X-Hop")
                    .putHeader("X-Hop", "for the gateway only")
                    .putHeader("Keep-Alive", "timeout=30")
                    .end(seen.encode());
        });
    }

    /**
     * Each service's part of the audit trail: one entry, the services' times interleaved so the merge must sort.
     * {@code ?refuse=<service>} makes that service alone answer 403.
     */
    private static void auditTrail(String service, HttpServerRequest request) {
        if (service.equals(request.getParam("refuse"))) {
            request.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 403).put("detail", "This needs the role central-board")
                            .encode());
            return;
        }
        String minute = switch (service) {
            case "cluster-service" -> "03";
            case "scoring-service" -> "01";
            case "nomination-service" -> "04";
            default -> "02";
        };
        JsonObject entry = new JsonObject().put("at", "2025-05-01T08:" + minute + ":00Z").put("service", service)
                .put("action", "register").put("query", request.query())
                .put("authorization", request.getHeader("Authorization"));
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("entries", new io.vertx.core.json.JsonArray().add(entry)).encode());
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake service did not start or stop", e);
        }
    }
}
