package vn.thidua.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loads the demo data of cluster-service ({@value #RESOURCE}: units, the 2025-07-01 mergers, the three clusters of
 * the seed articles, their rosters and leadership per year) through the public HTTP API of a base URL, normally the
 * gateway, so that the events flow as in real use.
 * <p>
 * Idempotent: a unit, cluster or merger that is already there (409 naming {@code DUPLICATE_UNIT_CODE},
 * {@code DUPLICATE_CLUSTER_CODE}, or {@code UNIT_ALREADY_ENDED} with the same successor) counts as present; a roster
 * that is already the same is not sent again; a leadership is only sent when the current one differs from the data
 * (a vice-chair set since, e.g. by a conference resolution, is left in place when the data names none). Loading twice
 * changes nothing and publishes no event. While the gateway or the service is still starting (connection refused,
 * 502, 503, 504) each request is retried for up to {@link #withStartupWait a minute}.
 * <p>
 * Needs only the JDK and jackson-databind. Usage: {@code new DemoDataLoader(URI.create("http://localhost:8080")).load()}
 * or {@code java ... vn.thidua.devstack.demo.DemoDataLoader http://localhost:8080}.
 */
public final class DemoDataLoader {

    public static final String RESOURCE = "/demo/cluster-demo.json";

    /** What a load did: resources created or changed, and resources found already as the data says. */
    public record Report(int created, int present) {

        @Override
        public String toString() {
            return created + " created or changed, " + present + " already present";
        }
    }

    /** The API answered something the loader cannot take as success or as "already there". */
    public static final class DemoLoadException extends RuntimeException {

        private final int status;

        DemoLoadException(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The HTTP status, or 0 when the API could not be reached. */
        public int status() {
            return status;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> STARTING = Set.of(502, 503, 504);

    private final URI baseUrl;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration startupWait;
    private final String bearerToken;
    private final Consumer<String> log;

    private int created;
    private int present;

    public DemoDataLoader(URI baseUrl) {
        this(baseUrl, Duration.ofSeconds(60), null, System.out::println);
    }

    private DemoDataLoader(URI baseUrl, Duration startupWait, String bearerToken, Consumer<String> log) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.requestTimeout = Duration.ofSeconds(30);
        this.startupWait = startupWait;
        this.bearerToken = bearerToken;
        this.log = Objects.requireNonNull(log);
    }

    /** How long to keep retrying while the API is not reachable yet or answers 502/503/504. */
    public DemoDataLoader withStartupWait(Duration wait) {
        return new DemoDataLoader(baseUrl, wait, bearerToken, log);
    }

    /** Sends {@code Authorization: Bearer <token>} (for a gateway that checks tokens). */
    public DemoDataLoader withBearerToken(String token) {
        return new DemoDataLoader(baseUrl, startupWait, token, log);
    }

    /** Where progress lines go (default: standard output). */
    public DemoDataLoader withLog(Consumer<String> sink) {
        return new DemoDataLoader(baseUrl, startupWait, bearerToken, sink);
    }

    /** Loads {@value #RESOURCE} from the classpath. */
    public Report load() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads demo data in the format of {@value #RESOURCE}. */
    public synchronized Report load(InputStream json) {
        JsonNode data;
        try {
            data = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo data", e);
        }
        created = 0;
        present = 0;
        for (JsonNode unit : data.path("units")) {
            createUnit(unit);
        }
        for (JsonNode merger : data.path("mergers")) {
            merge(merger);
        }
        for (JsonNode cluster : data.path("clusters")) {
            createCluster(cluster);
        }
        for (JsonNode year : data.path("clusterYears")) {
            roster(year);
            if (year.hasNonNull("leadership")) {
                leadership(year, year.get("leadership"));
            }
        }
        Report report = new Report(created, present);
        log.accept("demo data loaded into " + baseUrl + ": " + report);
        return report;
    }

    private void createUnit(JsonNode unit) {
        ObjectNode body = pick(unit, "code", "name", "kind", "validFrom", "validTo");
        createOrFind("/api/v1/units", body, "DUPLICATE_UNIT_CODE", "unit " + unit.path("code").asText());
    }

    private void createCluster(JsonNode cluster) {
        ObjectNode body = pick(cluster, "code", "name", "nameEn", "kind", "organizerLevel");
        createOrFind("/api/v1/clusters", body, "DUPLICATE_CLUSTER_CODE", "cluster " + cluster.path("code").asText());
    }

    private void createOrFind(String path, ObjectNode body, String duplicateRule, String what) {
        HttpResponse<String> response = send("POST", path, body);
        if (response.statusCode() == 201) {
            created++;
            log.accept("created " + what);
        } else if (response.statusCode() == 409 && duplicateRule.equals(rule(response))) {
            present++;
        } else {
            throw failure("POST " + path + " (" + what + ")", response);
        }
    }

    private void merge(JsonNode merger) {
        ObjectNode body = pick(merger, "effectiveDate", "successorCode", "sourceCodes");
        String successor = merger.path("successorCode").asText();
        String what = "merger of " + merger.path("sourceCodes") + " into " + successor;
        HttpResponse<String> response = send("POST", "/api/v1/unit-mergers", body);
        if (response.statusCode() == 201) {
            created++;
            log.accept("recorded " + what);
            return;
        }
        if (response.statusCode() == 409 && "UNIT_ALREADY_ENDED".equals(rule(response))) {
            // present only if every source already points at this successor, ending the day before
            String lastDay = java.time.LocalDate.parse(merger.path("effectiveDate").asText()).minusDays(1).toString();
            for (JsonNode source : merger.path("sourceCodes")) {
                JsonNode unit = getJson("/api/v1/units/" + encode(source.asText()));
                if (!successor.equals(unit.path("successorCode").asText(null))
                        || !lastDay.equals(unit.path("validTo").asText(null))) {
                    throw new DemoLoadException(what + ": unit " + source.asText() + " already ended otherwise ("
                            + unit + ")", 409);
                }
            }
            present++;
            return;
        }
        throw failure("POST /api/v1/unit-mergers (" + what + ")", response);
    }

    private void roster(JsonNode year) {
        String path = yearPath(year);
        Set<String> wanted = texts(year.path("unitCodes"));
        HttpResponse<String> current = send("GET", path, null);
        if (current.statusCode() == 200) {
            JsonNode view = parse(current);
            Set<String> members = new HashSet<>();
            view.path("members").forEach(m -> members.add(m.path("unitCode").asText()));
            if (members.equals(wanted)) {
                present++;
                return;
            }
        } else if (current.statusCode() != 404) {
            throw failure("GET " + path, current);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("unitCodes", year.path("unitCodes"));
        HttpResponse<String> response = send("PUT", path + "/members", body);
        if (response.statusCode() != 200) {
            throw failure("PUT " + path + "/members", response);
        }
        created++;
        log.accept("set roster of " + year.path("clusterCode").asText() + "/" + year.path("year").asInt() + ": "
                + wanted);
    }

    private void leadership(JsonNode year, JsonNode leadership) {
        String path = yearPath(year);
        String chair = leadership.path("chairUnitCode").asText(null);
        String vice = leadership.path("viceChairUnitCode").asText(null);
        JsonNode view = getJson(path);
        String currentChair = view.path("chairUnitCode").asText(null);
        String currentVice = view.path("viceChairUnitCode").asText(null);
        if (Objects.equals(chair, currentChair) && (vice == null || vice.equals(currentVice))) {
            present++;
            return;
        }
        ObjectNode body = pick(leadership, "chairUnitCode", "viceChairUnitCode");
        HttpResponse<String> response = send("PUT", path + "/leadership", body);
        if (response.statusCode() != 200) {
            throw failure("PUT " + path + "/leadership", response);
        }
        created++;
        log.accept("set leadership of " + year.path("clusterCode").asText() + "/" + year.path("year").asInt()
                + ": chair " + chair + (vice == null ? "" : ", vice-chair " + vice));
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw failure("GET " + path, response);
        }
        return parse(response);
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) {
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

    private String yearPath(JsonNode year) {
        return "/api/v1/clusters/" + encode(year.path("clusterCode").asText()) + "/years/" + year.path("year").asInt();
    }

    private static ObjectNode pick(JsonNode node, String... fields) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                body.set(field, node.get(field));
            }
        }
        return body;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String rule(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("rule").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DemoLoadException("Unreadable answer of " + response.uri() + ": " + response.body(),
                    response.statusCode());
        }
    }

    private static DemoLoadException failure(String what, HttpResponse<String> response) {
        return new DemoLoadException(what + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("Interrupted while waiting for the API", 0);
        }
    }

    /** {@code DemoDataLoader [baseUrl]}; the base URL defaults to the gateway, {@code http://localhost:8080}. */
    public static void main(String[] args) {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        try {
            new DemoDataLoader(base).load();
        } catch (DemoLoadException e) {
            System.err.println("demo data not loaded: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Codes of the clusters in the demo data (for callers that print where to look). */
    public static List<String> clusterCodes() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
            List<String> codes = new java.util.ArrayList<>();
            JSON.readTree(in).path("clusters").forEach(c -> codes.add(c.path("code").asText()));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
