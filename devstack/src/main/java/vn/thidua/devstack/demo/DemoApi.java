package vn.thidua.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The public HTTP API as the demo steps use it: JSON in and out, a bearer token, and patience while the gateway or a
 * service is still starting (connection refused, 502, 503, 504 are retried until the startup wait ends). Counts
 * what the steps created and what they found already there.
 */
public final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> STARTING = Set.of(502, 503, 504);

    private final URI baseUrl;
    private final HttpClient client;
    private final Duration requestTimeout = Duration.ofSeconds(30);
    private final Duration startupWait;
    private final String bearerToken;
    private final TokenIssuer issuer;
    private final Consumer<String> log;

    private int created;
    private int present;

    DemoApi(URI baseUrl, Duration startupWait, String bearerToken, Consumer<String> log) {
        this(baseUrl, startupWait, bearerToken, null, log);
    }

    DemoApi(URI baseUrl, Duration startupWait, String bearerToken, TokenIssuer issuer, Consumer<String> log) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.startupWait = startupWait;
        this.bearerToken = bearerToken;
        this.issuer = issuer;
        this.log = Objects.requireNonNull(log);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Something was created or changed: counted and logged. */
    public void created(String what) {
        created++;
        log.accept(what);
    }

    /** Something was already as the data says. */
    public void present() {
        present++;
    }

    int createdCount() {
        return created;
    }

    int presentCount() {
        return present;
    }

    public void log(String line) {
        log.accept(line);
    }

    /**
     * POSTs a creation: 201 counts as created, a 409 naming {@code duplicateRule} as present, anything else fails.
     *
     * @return the created resource, or null when it was already there
     */
    public JsonNode createOrFind(String path, JsonNode body, String duplicateRule, String what) {
        HttpResponse<String> response = send("POST", path, body);
        if (response.statusCode() == 201) {
            created("created " + what);
            return parse(response);
        }
        if (response.statusCode() == 409 && duplicateRule.equals(rule(response))) {
            present();
            return null;
        }
        throw failure("POST " + path + " (" + what + ")", response);
    }

    /** GET that must answer 200. */
    public JsonNode getJson(String path) {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw failure("GET " + path, response);
        }
        return parse(response);
    }

    public HttpResponse<String> send(String method, String path, JsonNode body) {
        return send(method, path, body, bearerToken);
    }

    /** A request as another caller: a role acting for a unit or a cluster (null when not scoped). */
    public HttpResponse<String> sendAs(String role, String unit, String cluster, String method, String path,
            JsonNode body) {
        return send(method, path, body, token(role, unit, cluster));
    }

    /** A token for acting as {@code role} (for {@code unit} or {@code cluster}), to reuse over many requests. */
    public String token(String role, String unit, String cluster) {
        if (issuer == null) {
            throw new DemoLoadException("acting as " + role + " needs a token issuer (DemoDataLoader.withTokenIssuer)",
                    0);
        }
        return issuer.token(role, unit, cluster);
    }

    /** As {@link #send(String, String, JsonNode)}, with another caller's token. */
    public HttpResponse<String> send(String method, String path, JsonNode body, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        long deadline = System.nanoTime() + startupWait.toNanos();
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                HttpResponse<String> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (!STARTING.contains(response.statusCode()) || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new DemoLoadException(method + " " + baseUrl + path + " failed: " + e, 0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoadException("Interrupted during " + method + " " + path, 0);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2)
                    : pause.multipliedBy(2);
        }
    }

    /** The fields of {@code node} that are present, as a new request body. */
    public static ObjectNode pick(JsonNode node, String... fields) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                body.set(field, node.get(field));
            }
        }
        return body;
    }

    /** The {@code rule} of a problem answer, or null. */
    public static String rule(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("rule").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DemoLoadException("Unreadable answer of " + response.uri() + ": " + response.body(),
                    response.statusCode());
        }
    }

    public static DemoLoadException failure(String what, HttpResponse<String> response) {
        return new DemoLoadException(what + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode());
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sleeps; for steps that wait for events to flow (poll with a deadline, never a fixed sleep as a barrier). */
    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("Interrupted while waiting for the API", 0);
        }
    }
}
