package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.devstack.demo.DemoDataLoader;

/**
 * The whole suite as users run it: the packaged services and gateway as separate JVMs against embedded PostgreSQL
 * and Kafka, driven through the gateway. Ordered: later steps reuse the running stack.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final List<ServiceModule> ROSTER_CONSUMERS = List.of(ServiceModule.SCORING,
            ServiceModule.NOMINATION, ServiceModule.CONFERENCE);
    private static final String MEMBERSHIP_CHANGED = "vn.thidua.cluster.membership-changed.v1";

    private static Path dataDir;
    private static DevStack stack;

    @BeforeAll
    static void startSuite() {
        stack = SuiteStack.get();
        dataDir = SuiteStack.dataDir();
    }

    @Test
    @Order(1)
    void shouldServeOneOpenApiDocumentCoveringAllFourServices() throws Exception {
        JsonNode openApi = getJson(stack.gatewayUrl() + "/q/openapi?format=json", 200);
        List<String> paths = new ArrayList<>();
        openApi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.contains("/api/v1/units"), paths::toString);
        assertTrue(paths.contains("/api/v1/clusters/{code}/years/{year}/members"), paths::toString);
        assertTrue(paths.contains("/api/v1/scoring-tables"), paths::toString);
        assertTrue(paths.contains("/api/v1/award-types"), paths::toString);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("/api/v1/pledges/")), paths::toString);
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("/internal")), paths::toString);
        assertEquals(200, send(get(stack.swaggerUiUrl())).statusCode());
    }

    /**
     * The merged document the gateway serves names every write of the suite: each must have its row in the
     * authorization matrix (test-support's authorization-matrix.tsv, which every service's test runs in full), and
     * through the gateway each refuses the anonymous caller (401) and every role but its own (403).
     */
    @Test
    @Order(1)
    void shouldProtectEveryWriteOfTheMergedOpenApiDocumentThroughTheGateway() throws Exception {
        Map<String, String> matrix = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(stack.config().rootDir()
                .resolve("test-support/src/main/resources/vn/thidua/testsupport/authorization-matrix.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                matrix.put(cells[1] + " " + cells[2], cells[3]);
            }
        }
        JsonNode openApi = getJson(stack.gatewayUrl() + "/q/openapi?format=json", 200);
        List<String> writes = new ArrayList<>();
        openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (List.of("post", "put", "patch", "delete").contains(m)) {
                writes.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertFalse(writes.isEmpty());
        List<String> uncovered = writes.stream().filter(w -> !matrix.containsKey(w)).toList();
        assertTrue(uncovered.isEmpty(), "write operations without a row in the authorization matrix: " + uncovered);

        for (String write : writes) {
            if ("anonymous".equals(matrix.get(write))) {
                continue; // open to the public by design (a public comment); its service's test runs its row
            }
            List<String> allowed = List.of(matrix.get(write).split("\\|"));
            String method = write.substring(0, write.indexOf(' '));
            // uploads take multipart: an empty form, so the answer is about who calls, not the media type
            boolean upload = write.endsWith("/documents");
            String contentType = upload ? "multipart/form-data; boundary=e2e" : "application/json";
            String body = upload ? "--e2e--\r\n" : "{}";
            String url = stack.gatewayUrl() + write.substring(write.indexOf(' ') + 1).replaceAll("\\{year}", "2025")
                    .replaceAll("\\{[^}]+}", "X1");
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(401, anonymous.statusCode(), write + " anonymous: " + anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), write);
            for (String role : List.of("central-board", "cluster-secretariat", "member-unit")) {
                if (!allowed.contains(role)) {
                    String token = DevKeys.of(dataDir).sign(role, "X1", "X1", "e2e-" + role, Duration.ofMinutes(5));
                    HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                            .header("Authorization", "Bearer " + token)
                            .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
                    assertEquals(403, refused.statusCode(), write + " as " + role + ": " + refused.body());
                }
            }
        }
        // a token the gateway does not trust never reaches a service
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/units"))
                .header("Authorization", "Bearer " + DevKeys.of(Files.createTempDirectory("thidua-foreign-"))
                        .sign("central-board", null, null, "intruder", Duration.ofMinutes(5)))
                .GET().build());
        assertEquals(401, forged.statusCode(), forged.body());
    }

    @Test
    @Order(2)
    void shouldCarryRosterRegisteredThroughGatewayToEveryOtherService() throws Exception {
        String cluster = "E2E-" + suffix();
        List<String> units = registerUnits(3);
        registerCluster(cluster);

        HttpResponse<String> put = send(json("PUT", stack.gatewayUrl() + "/api/v1/clusters/" + cluster
                + "/years/2024/members", Map.of("unitCodes", units)));
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.headers().firstValue("X-Request-Id").isPresent(), "gateway adds a request id");
        assertTrue(put.headers().firstValue("ETag").isPresent(), "writes answer an ETag");

        for (ServiceModule service : ROSTER_CONSUMERS) {
            awaitRoster(service, cluster, 2024, units, Duration.ofSeconds(15));
        }
        HttpResponse<String> internal = send(get(stack.gatewayUrl() + "/internal/rosters/" + cluster + "/2024"));
        assertEquals(404, internal.statusCode(), "the gateway does not expose internal paths");
        assertEquals("application/problem+json", internal.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(3)
    void shouldDeliverRosterChangedWhileKafkaWasDownExactlyOnce() throws Exception {
        String cluster = "E2E-" + suffix();
        List<String> units = registerUnits(3);
        registerCluster(cluster);
        putMembers(cluster, 2024, units.subList(0, 2));
        for (ServiceModule service : ROSTER_CONSUMERS) {
            awaitRoster(service, cluster, 2024, units.subList(0, 2), Duration.ofSeconds(15));
        }
        Map<ServiceModule, Double> appliedBefore = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : ROSTER_CONSUMERS) {
            appliedBefore.put(service, appliedMembershipEvents(service));
        }

        stack.stopKafka();
        try {
            // Accepted while the broker is down: the change and its event commit together in the outbox.
            putMembers(cluster, 2024, units);
            // The relay tried and failed: the event is in the outbox, not on the topic, so nothing can arrive yet.
            awaitTrue(() -> failedOutboxAttempts(cluster + "/2024") > 0, Duration.ofSeconds(60),
                    () -> "cluster-service's relay did not try to publish while Kafka was down");
            for (ServiceModule service : ROSTER_CONSUMERS) {
                assertEquals(units.subList(0, 2).stream().sorted().toList(), roster(service, cluster, 2024),
                        "nothing can arrive yet");
            }
        } finally {
            stack.startKafka();
        }

        for (ServiceModule service : ROSTER_CONSUMERS) {
            awaitRoster(service, cluster, 2024, units, Duration.ofSeconds(90));
        }
        // Once every consumer committed the topic's end, any redelivery has been handled: count what each applied.
        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers());
        for (ServiceModule service : ROSTER_CONSUMERS) {
            awaitTrue(() -> topics.caughtUp(service.moduleName(), "thidua.cluster.v1"), Duration.ofSeconds(60),
                    () -> service.moduleName() + " did not consume thidua.cluster.v1 to its end");
        }
        for (ServiceModule service : ROSTER_CONSUMERS) {
            assertEquals(appliedBefore.get(service) + 1, appliedMembershipEvents(service), 0.0001,
                    service.moduleName() + " applied the change exactly once");
            assertEquals(units.stream().sorted().toList(), roster(service, cluster, 2024));
        }
    }

    @Test
    @Order(4)
    void shouldLoadDemoDataThroughGatewayAndChangeNothingOnSecondLoad() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(URI.create(stack.gatewayUrl()))
                .withStartupWait(Duration.ofSeconds(10)).withBearerToken(centralBoard())
                .withTokenIssuer(SuiteStack::token);
        DemoDataLoader.Report first = loader.load();
        assertTrue(first.created() > 0, first.toString());

        // Midlands (Cụm Trung du và miền núi phía Bắc): 2024 chair Tuyên Quang (08), vice Hòa Bình (17)
        JsonNode midlands2024 = getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-TDMNPB/years/2024", 200);
        assertEquals("08", midlands2024.get("chairUnitCode").asText());
        assertEquals("17", midlands2024.get("viceChairUnitCode").asText());
        assertEquals(7, midlands2024.get("members").size());
        // 2025: Hòa Bình chairs (the article) and is also the suggestion (last year's vice-chair)
        JsonNode midlands2025 = getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-TDMNPB/years/2025", 200);
        assertEquals("17", midlands2025.get("chairUnitCode").asText());
        assertEquals("17", midlands2025.get("suggestedChairUnitCode").asText());
        JsonNode borderlands = getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-7MNBGPB/years/2024", 200);
        assertEquals("10", borderlands.get("chairUnitCode").asText());
        assertEquals("04", borderlands.get("viceChairUnitCode").asText());
        JsonNode redRiver = getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-DBSH/years/2023", 200);
        assertEquals("34", redRiver.get("chairUnitCode").asText());
        assertEquals(9, redRiver.get("members").size());

        // Bắc Kạn ended with the 2025-07-01 merger into Thái Nguyên; search ignores case and diacritics
        JsonNode bacKan = getJson(stack.gatewayUrl() + "/api/v1/units/06", 200);
        assertEquals("2025-06-30", bacKan.get("validTo").asText());
        assertEquals("19", bacKan.get("successorCode").asText());
        JsonNode found = getJson(stack.gatewayUrl() + "/api/v1/units?q=bac%20kan", 200);
        assertTrue(found.get("items").findValuesAsText("code").contains("06"), found::toString);

        // Conferences: the leadership of 2024 and 2025 came from the elections at the annual reviews
        JsonNode midlandsConferences = getJson(stack.gatewayUrl()
                + "/api/v1/conferences?clusterCode=CUM-TDMNPB&kind=ANNUAL_REVIEW", 200);
        assertEquals(2, midlandsConferences.get("total").asInt(), midlandsConferences::toString);
        for (JsonNode conference : midlandsConferences.get("items")) {
            assertEquals("CLOSED", conference.get("status").asText());
            for (JsonNode resolution : conference.get("resolutions")) {
                if (resolution.get("kind").asText().equals("ELECT_LEADERSHIP")) {
                    assertEquals("APPLIED", resolution.get("outcome").asText(), resolution::toString);
                }
            }
        }
        assertEquals("04", getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-7MNBGPB/years/2025", 200)
                .get("chairUnitCode").asText());
        assertEquals("36", getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-DBSH/years/2024", 200)
                .get("chairUnitCode").asText());
        JsonNode border = getJson(stack.gatewayUrl() + "/api/v1/conferences?clusterCode=CUM-7MNBGPB&year=2024"
                + "&kind=ANNUAL_REVIEW", 200).get("items").get(0);
        assertEquals(List.of("02", "12"), textList(border.get("absentUnitCodes")));
        JsonNode borderPledge = getJson(stack.gatewayUrl() + "/api/v1/pledges/CUM-7MNBGPB/2025", 200);
        assertEquals(7, borderPledge.get("signed").size());
        long atConference = 0;
        for (JsonNode signature : borderPledge.get("signed")) {
            atConference += signature.has("conferenceId") ? 1 : 0;
        }
        assertEquals(5, atConference, "only 5 members signed the 2025 pledge at the conference");
        String feed = send(get(stack.gatewayUrl() + "/api/v1/conferences.ics?clusterCode=CUM-TDMNPB")).body();
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n") && feed.contains("Hội nghị sơ kết năm 2023"), feed);

        // The demo rosters reach the other services as real use would
        awaitRoster(ServiceModule.CONFERENCE, "CUM-TDMNPB", 2024,
                midlands2024.get("members").findValuesAsText("unitCode"), Duration.ofSeconds(15));

        // The illustrative rankings give the places the seed articles report (anyone may read a ranking)
        assertEquals(List.of("15"), demoRanking("CUM-TDMNPB", 2023).subList(1, 2));
        assertEquals(List.of("19", "15"), demoRanking("CUM-TDMNPB", 2024).subList(0, 2));
        assertEquals(List.of("11", "10"), demoRanking("CUM-7MNBGPB", 2024).subList(0, 2));

        long revision = midlands2025.get("revision").asLong();
        long borderVersion = border.get("version").asLong();
        DemoDataLoader.Report second = loader.load();
        assertEquals(0, second.created(), second.toString());
        assertEquals(borderVersion, getJson(stack.gatewayUrl() + "/api/v1/conferences/" + border.get("id").asText(),
                200).get("version").asLong(), "a second load changes no conference");
        assertEquals(revision, getJson(stack.gatewayUrl() + "/api/v1/clusters/CUM-TDMNPB/years/2025", 200)
                .get("revision").asLong(), "a second load changes nothing");
    }

    /** Unit codes in rank order of the cluster-year's published demo table, read anonymously through the gateway. */
    private List<String> demoRanking(String cluster, int year) throws Exception {
        JsonNode tables = getJson(stack.gatewayUrl() + "/api/v1/scoring-tables?clusterCode=" + cluster + "&year="
                + year + "&status=PUBLISHED", 200);
        long id = tables.get("items").get(0).get("id").asLong();
        HttpResponse<String> ranking = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                stack.gatewayUrl() + "/api/v1/scoring-tables/" + id + "/ranking")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ranking.statusCode(), ranking.body());
        return JSON.readTree(ranking.body()).get("entries").findValuesAsText("unitCode");
    }

    @Test
    @Order(5)
    void shouldAnswerProblemQuicklyWhenBackendIsDown() throws Exception {
        Process scoring = stack.process(ServiceModule.SCORING).orElseThrow();
        // stopped gracefully, so that its consumer leaves the group and the restarted one gets the partitions at once
        // (the next IT class needs them); on its way out it writes its class-data archive, which took over 30 s on a
        // loaded CI machine
        scoring.destroy();
        assertTrue(scoring.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = send(get(stack.gatewayUrl() + "/api/v1/scoring-tables"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(JSON.readTree(response.body()).get("detail").asText().contains("scoring-service"), response.body());
            assertTrue(millis < 5_000, "answered in " + millis + " ms");
            // The others still answer
            assertEquals(200, send(get(stack.gatewayUrl() + "/api/v1/award-types")).statusCode());
        } finally {
            // the other IT classes share this stack: leave it as found
            stack.restartService(ServiceModule.SCORING, Duration.ofSeconds(120));
        }
    }

    private static List<String> registerUnits(int count) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "U" + suffix();
            HttpResponse<String> created = send(json("POST", stack.gatewayUrl() + "/api/v1/units",
                    Map.of("code", code, "name", "Đơn vị thử " + code, "kind", "AGENCY")));
            assertEquals(201, created.statusCode(), created.body());
            assertNotNull(created.headers().firstValue("Location").orElse(null));
            codes.add(code);
        }
        return codes;
    }

    private static void registerCluster(String code) throws Exception {
        HttpResponse<String> created = send(json("POST", stack.gatewayUrl() + "/api/v1/clusters", Map.of(
                "code", code, "name", "Cụm thi đua thử " + code, "kind", "CLUSTER", "organizerLevel", "CENTRAL")));
        assertEquals(201, created.statusCode(), created.body());
    }

    private static void putMembers(String cluster, int year, List<String> units) throws Exception {
        HttpResponse<String> put = send(json("PUT", stack.gatewayUrl() + "/api/v1/clusters/" + cluster + "/years/"
                + year + "/members", Map.of("unitCodes", units)));
        assertEquals(200, put.statusCode(), put.body());
    }

    private static List<String> roster(ServiceModule service, String cluster, int year) throws Exception {
        HttpResponse<String> response = send(get(stack.serviceUrl(service) + "/internal/rosters/" + cluster + "/" + year));
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertEquals(200, response.statusCode(), response.body());
        // Compared as sets: the roster's order is cluster-service's business
        return textList(JSON.readTree(response.body()).get("unitCodes")).stream().sorted().toList();
    }

    private static void awaitRoster(ServiceModule service, String cluster, int year, List<String> expected,
            Duration timeout) throws Exception {
        List<String> sorted = expected.stream().sorted().toList();
        awaitTrue(() -> sorted.equals(roster(service, cluster, year)), timeout,
                () -> service.moduleName() + " roster of " + cluster + "/" + year + " is not " + expected);
    }

    /** How many membership-changed events the service's roster consumer applied (not skipped as duplicates). */
    private static double appliedMembershipEvents(ServiceModule service) throws Exception {
        String metrics = send(get(stack.serviceUrl(service) + "/q/metrics")).body();
        Pattern line = Pattern.compile("^thidua_events_consumed_total\\{([^}]*)\\}\\s+([0-9.E+-]+)$",
                Pattern.MULTILINE);
        Matcher m = line.matcher(metrics);
        double total = 0;
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("consumer=\"roster\"") && labels.contains("outcome=\"processed\"")
                    && labels.contains("type=\"" + MEMBERSHIP_CHANGED + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** Outbox rows of cluster-service for the key that a publication attempt failed for and that are still unsent. */
    private static long failedOutboxAttempts(String key) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(stack.jdbcUrl("thidua_cluster"), "postgres",
                "postgres");
                java.sql.PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event"
                        + " WHERE record_key = ? AND sent_at IS NULL AND attempts > 0 AND last_error IS NOT NULL")) {
            s.setString(1, key);
            try (java.sql.ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, Duration timeout, java.util.function.Supplier<String> message)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(message.get() + " within " + timeout);
    }

    private static JsonNode getJson(String url, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(get(url));
        assertEquals(expectedStatus, response.statusCode(), url + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    /** The devstack's own token of the central board: what a user gets from {@code ./thidua token}. */
    private static String centralBoard() {
        return DevKeys.of(dataDir).sign("central-board", null, null, "e2e-central-board", Duration.ofHours(1));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + centralBoard()).GET().build();
    }

    private static HttpRequest json(String method, String url, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + centralBoard())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
