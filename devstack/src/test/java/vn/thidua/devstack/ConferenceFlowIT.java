package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A season's annual review end to end through the gateway, on the shared running suite: the central board registers
 * a cluster and its rosters for 2024 and 2025 in cluster-service; the cluster's secretariat schedules and holds the
 * 2024 annual review in event-service and adopts ELECT_LEADERSHIP for 2025; cluster-service applies it through
 * Kafka, and the conference shows APPLIED. An election naming a non-member shows REJECTED with the rule.
 */
class ConferenceFlowIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private static DevStack stack;

    @BeforeAll
    static void startSuite() {
        stack = SuiteStack.get();
    }

    @Test
    void shouldApplyElectionOfTheAnnualReviewInClusterServiceAndShowTheOutcomeOnTheConference() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String cluster = "CF-" + suffix;
        List<String> units = List.of("CFA" + suffix, "CFB" + suffix, "CFC" + suffix);
        String outsider = "CFX" + suffix;
        String board = SuiteStack.token("central-board", null, null);
        for (String unit : units) {
            call(board, "POST", "/api/v1/units", Map.of("code", unit, "name", "Tỉnh thử " + unit, "kind", "PROVINCE"),
                    201);
        }
        call(board, "POST", "/api/v1/units", Map.of("code", outsider, "name", "Tỉnh ngoài cụm", "kind", "PROVINCE"),
                201);
        call(board, "POST", "/api/v1/clusters", Map.of("code", cluster, "name", "Cụm thi đua thử " + suffix,
                "kind", "CLUSTER", "organizerLevel", "CENTRAL"), 201);
        for (int year : List.of(2024, 2025)) {
            call(board, "PUT", "/api/v1/clusters/" + cluster + "/years/" + year + "/members",
                    Map.of("unitCodes", units), 200);
        }

        String secretariat = SuiteStack.token("cluster-secretariat", null, cluster);
        Map<String, Object> review = Map.of("clusterCode", cluster, "kind", "ANNUAL_REVIEW", "seasonYear", 2024,
                "hostUnitCode", units.get(0), "location", "Tỉnh thử", "startsAt", "2025-03-14T08:00:00+07:00",
                "guests", List.of(Map.of("name", "Lãnh đạo Ban Thi đua – Khen thưởng Trung ương",
                        "title", "Khách mời")));
        // event-service learns the 2024 roster from cluster-service's events: the host check waits for it
        JsonNode conference = awaitCall(secretariat, "POST", "/api/v1/conferences", review, 201);
        String id = conference.get("id").asText();
        call(secretariat, "POST", "/api/v1/conferences/" + id + "/status", Map.of("status", "HELD"), 200);

        long start = System.nanoTime();
        call(secretariat, "POST", "/api/v1/conferences/" + id + "/resolutions", Map.of("kind", "ELECT_LEADERSHIP",
                "forYear", 2025, "chairUnitCode", units.get(1), "viceChairUnitCode", units.get(2)), 201);
        awaitTrue(() -> units.get(1).equals(get(board, "/api/v1/clusters/" + cluster + "/years/2025")
                .path("chairUnitCode").asText()), WITHIN, "cluster-service shows the elected chair");
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode year2025 = get(board, "/api/v1/clusters/" + cluster + "/years/2025");
        assertEquals(units.get(2), year2025.get("viceChairUnitCode").asText());
        awaitTrue(() -> "APPLIED".equals(election(secretariat, id, units.get(1)).path("outcome").asText()), WITHIN,
                "the conference shows the election APPLIED");

        call(secretariat, "POST", "/api/v1/conferences/" + id + "/resolutions", Map.of("kind", "ELECT_LEADERSHIP",
                "forYear", 2025, "chairUnitCode", outsider), 201);
        awaitTrue(() -> "REJECTED".equals(election(secretariat, id, outsider).path("outcome").asText()), WITHIN,
                "the conference shows the election of a non-member REJECTED");
        assertEquals("CHAIR_NOT_MEMBER", election(secretariat, id, outsider).path("outcomeRule").asText());
        assertEquals(units.get(1), get(board, "/api/v1/clusters/" + cluster + "/years/2025").get("chairUnitCode")
                .asText(), "the rejected election changed nothing");
        System.out.println("ConferenceFlowIT: elected chair visible in cluster-service after " + millis + " ms");
    }

    private static JsonNode election(String token, String conferenceId, String chair) throws Exception {
        for (JsonNode r : get(token, "/api/v1/conferences/" + conferenceId).get("resolutions")) {
            if (chair.equals(r.path("chairUnitCode").asText())) {
                return r;
            }
        }
        return JSON.createObjectNode();
    }

    private static JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> response = send(token, "GET", path, null);
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode call(String token, String method, String path, Object body, int expected)
            throws Exception {
        HttpResponse<String> response = send(token, method, path, body);
        assertEquals(expected, response.statusCode(), method + " " + path + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    /** Retries while event-service does not know the roster yet (422 HOST_NOT_MEMBER), with a deadline. */
    private static JsonNode awaitCall(String token, String method, String path, Object body, int expected)
            throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            HttpResponse<String> response = send(token, method, path, body);
            if (response.statusCode() == expected || System.nanoTime() > deadline) {
                assertEquals(expected, response.statusCode(), method + " " + path + " -> " + response.body());
                return JSON.readTree(response.body());
            }
            assertTrue(response.body().contains("HOST_NOT_MEMBER"), response.body());
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> send(String token, String method, String path, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " within " + timeout);
    }
}
