package vn.thidua.scoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.thidua.testsupport.EventProbe;

/**
 * Feeds the roster read model as cluster-service would: a raw {@code membership-changed} event on
 * {@code thidua.cluster.v1}, then waits until the service shows the roster.
 */
final class Rosters {

    private static final String TOPIC = "thidua.cluster.v1";

    private Rosters() {
    }

    /** A cluster code no other test uses. */
    static String uniqueCluster(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static void publish(String cluster, int year, long revision, String... unitCodes) {
        String members = Arrays.stream(unitCodes).map(u -> "\"" + u + "\"").collect(Collectors.joining(",", "[", "]"));
        String data = """
                {"clusterCode":"%s","year":%d,"unitCodes":%s,"chairUnitCode":null,"viceChairUnitCode":null,"revision":%d}
                """.formatted(cluster, year, members, revision);
        EventProbe.send(TOPIC, cluster + "/" + year, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "/thidua/cluster-service",
                "ce_type", "vn.thidua.cluster.membership-changed.v1",
                "ce_subject", cluster + "/" + year,
                "ce_time", "2025-03-14T08:00:00Z",
                "content-type", "application/json"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/internal/rosters/{c}/{y}", cluster, year).then()
                        .statusCode(200)
                        .body("unitCodes", contains(unitCodes)));
    }
}
