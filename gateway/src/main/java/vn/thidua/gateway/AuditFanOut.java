package vn.thidua.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/audit}: each service keeps the audit rows of its own writes, so the gateway asks all four with
 * the caller's query and token, and answers one trail, oldest first. Each service checks the token and role itself;
 * the first refusal (401, 403, 400) is answered as is, and a service that cannot answer makes the whole call 503:
 * a trail with a hole would read as "nothing happened there".
 */
final class AuditFanOut {

    static final String PATH = "/api/v1/audit";

    private final HttpClient client;
    private final Map<String, URI> services;
    private final long timeoutMillis;

    AuditFanOut(HttpClient client, Map<String, URI> services, long timeoutMillis) {
        this.client = client;
        this.services = services;
        this.timeoutMillis = timeoutMillis;
    }

    void handle(RoutingContext ctx) {
        List<Future<Answer>> answers = new ArrayList<>();
        services.forEach((service, url) -> answers.add(ask(ctx, service, Backend.of(service, url))));
        Future.join(answers).onComplete(done -> {
            List<JsonObject> entries = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Future<Answer> answer = answers.get(i);
                if (answer.failed()) {
                    String service = services.keySet().stream().toList().get(i);
                    reply(ctx, 503, Problem.auditIncomplete(service, PATH, RequestIdFilter.of(ctx)).toBuffer()
                            .toString(), Problem.MEDIA_TYPE);
                    return;
                }
                if (answer.result().status() != 200) {
                    // the services agree on refusals (same token, same rule): pass the first one on
                    reply(ctx, answer.result().status(), answer.result().body(), answer.result().contentType());
                    return;
                }
                new JsonObject(answer.result().body()).getJsonArray("entries", new JsonArray())
                        .forEach(entry -> entries.add((JsonObject) entry));
            }
            entries.sort(Comparator.comparing((JsonObject e) -> java.time.OffsetDateTime.parse(e.getString("at")))
                    .thenComparing(e -> e.getString("service", "")));
            reply(ctx, 200, new JsonObject().put("entries", new JsonArray(new ArrayList<>(entries))).encode(),
                    "application/json");
        });
    }

    private Future<Answer> ask(RoutingContext ctx, String service, Backend backend) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(backend.host())
                .setPort(backend.port()).setSsl(backend.ssl()).setURI(ctx.request().uri())
                .setIdleTimeout(timeoutMillis).setConnectTimeout(timeoutMillis);
        copy(ctx, options, HttpHeaders.AUTHORIZATION.toString());
        copy(ctx, options, RequestIdFilter.HEADER);
        options.putHeader(HttpHeaders.ACCEPT, "application/json");
        return client.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        body.toString(), contentType(response))));
    }

    private static void copy(RoutingContext ctx, RequestOptions options, String header) {
        String value = ctx.request().getHeader(header);
        if (value != null) {
            options.putHeader(header, value);
        }
    }

    private static String contentType(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "application/json" : type;
    }

    private static void reply(RoutingContext ctx, int status, String body, String contentType) {
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", EdgeGuard.CHALLENGE);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(body);
    }

    private record Answer(int status, String body, String contentType) {
    }
}
