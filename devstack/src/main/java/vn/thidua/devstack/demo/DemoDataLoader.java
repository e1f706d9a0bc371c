package vn.thidua.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Loads the demo data of the suite through the public HTTP API of a base URL, normally the gateway, so that the
 * events flow as in real use: one {@link DemoStep} per service, in the order their facts depend on each other.
 * <p>
 * Idempotent: loading twice changes nothing and publishes no event. While the gateway or a service is still starting
 * each request is retried for up to {@link #withStartupWait a minute}.
 * <p>
 * Needs only the JDK and jackson-databind. Usage: {@code new DemoDataLoader(URI.create("http://localhost:8080")).load()}
 * or {@code java ... vn.thidua.devstack.demo.DemoDataLoader http://localhost:8080}.
 */
public final class DemoDataLoader {

    /** The steps, in order: later steps rely on the facts (and events) of earlier ones. */
    static final List<DemoStep> STEPS = List.of(new ClusterDemo(), new ScoringDemo(), new NominationDemo(),
            new ConferenceDemo());

    /** What a load did: resources created or changed, and resources found already as the data says. */
    public record Report(int created, int present) {

        @Override
        public String toString() {
            return created + " created or changed, " + present + " already present";
        }
    }

    private final URI baseUrl;
    private final Duration startupWait;
    private final String bearerToken;
    private final TokenIssuer issuer;
    private final Consumer<String> log;

    public DemoDataLoader(URI baseUrl) {
        this(baseUrl, Duration.ofSeconds(60), null, null, System.out::println);
    }

    private DemoDataLoader(URI baseUrl, Duration startupWait, String bearerToken, TokenIssuer issuer,
            Consumer<String> log) {
        this.baseUrl = baseUrl;
        this.startupWait = startupWait;
        this.bearerToken = bearerToken;
        this.issuer = issuer;
        this.log = Objects.requireNonNull(log);
    }

    /** How long to keep retrying while the API is not reachable yet or answers 502/503/504. */
    public DemoDataLoader withStartupWait(Duration wait) {
        return new DemoDataLoader(baseUrl, wait, bearerToken, issuer, log);
    }

    /** Sends {@code Authorization: Bearer <token>} (for a gateway that checks tokens). */
    public DemoDataLoader withBearerToken(String token) {
        return new DemoDataLoader(baseUrl, startupWait, token, issuer, log);
    }

    /** Signs tokens for the writes of a cluster's secretariat or a member unit (conferences, pledges). */
    public DemoDataLoader withTokenIssuer(TokenIssuer tokens) {
        return new DemoDataLoader(baseUrl, startupWait, bearerToken, tokens, log);
    }

    /** Where progress lines go (default: standard output). */
    public DemoDataLoader withLog(Consumer<String> sink) {
        return new DemoDataLoader(baseUrl, startupWait, bearerToken, issuer, sink);
    }

    /** Runs every step with its data from the classpath. */
    public Report load() {
        DemoApi api = new DemoApi(baseUrl, startupWait, bearerToken, issuer, log);
        for (DemoStep step : STEPS) {
            step.load(read(step.resource()), api);
        }
        Report report = new Report(api.createdCount(), api.presentCount());
        log.accept("demo data loaded into " + api.baseUrl() + ": " + report);
        return report;
    }

    static JsonNode read(String resource) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return DemoApi.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo data " + resource, e);
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
        List<String> codes = new ArrayList<>();
        read(ClusterDemo.RESOURCE).path("clusters").forEach(c -> codes.add(c.path("code").asText()));
        return codes;
    }
}
