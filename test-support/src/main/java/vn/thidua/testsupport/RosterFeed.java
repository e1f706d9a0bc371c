package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Feeds a service's roster read model as cluster-service would: raw {@code membership-changed} events on
 * {@code thidua.cluster.v1}, written as another system would write them rather than through the events module.
 */
public final class RosterFeed {

    private static final String TOPIC = "thidua.cluster.v1";

    private RosterFeed() {
    }

    /** A cluster code no other test uses. */
    public static String uniqueCluster(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes a roster without leadership and waits until the service under test shows it. */
    public static void publish(String cluster, int year, long revision, String... unitCodes) {
        send(UUID.randomUUID().toString(), cluster, year, List.of(unitCodes), null, null, revision);
        awaitRoster(cluster, year, unitCodes);
    }

    /** Writes one {@code membership-changed} event (binary mode) with the given CloudEvents id. */
    public static void send(String eventId, String cluster, int year, List<String> unitCodes, String chair,
            String viceChair, long revision) {
        String members = unitCodes.stream().map(RosterFeed::quoted).collect(Collectors.joining(",", "[", "]"));
        String data = """
                {"clusterCode":"%s","year":%d,"unitCodes":%s,"chairUnitCode":%s,"viceChairUnitCode":%s,"revision":%d}
                """.formatted(cluster, year, members, quoted(chair), quoted(viceChair), revision);
        sendRaw("vn.thidua.cluster.membership-changed.v1", eventId, cluster, year, data);
    }

    /** Writes one {@code leadership-assigned} event (binary mode) on the cluster-year's key. */
    public static void sendLeadership(String eventId, String cluster, int year, String chair, String viceChair,
            long revision) {
        String data = """
                {"clusterCode":"%s","year":%d,"chairUnitCode":%s,"viceChairUnitCode":%s,"revision":%d}
                """.formatted(cluster, year, quoted(chair), quoted(viceChair), revision);
        sendRaw("vn.thidua.cluster.leadership-assigned.v1", eventId, cluster, year, data);
    }

    /** Writes an event of any type and data on the cluster-year's key, so it shares a partition with its roster. */
    public static void sendRaw(String type, String eventId, String cluster, int year, String data) {
        EventProbe.send(TOPIC, cluster + "/" + year, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "/thidua/cluster-service",
                "ce_type", type,
                "ce_subject", cluster + "/" + year,
                "ce_time", "2025-03-14T08:00:00Z",
                "content-type", "application/json"));
    }

    /** Waits until the service shows this chair for the cluster-year. */
    public static void awaitChair(String cluster, int year, String chair) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/internal/rosters/{c}/{y}", cluster, year).then()
                        .statusCode(200)
                        .body("chairUnitCode", equalTo(chair)));
    }

    /** Waits until {@code /internal/rosters/{cluster}/{year}} lists exactly these units, in this order. */
    public static void awaitRoster(String cluster, int year, String... unitCodes) {
        awaitRoster(Duration.ofSeconds(20), cluster, year, unitCodes);
    }

    public static void awaitRoster(Duration timeout, String cluster, int year, String... unitCodes) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/internal/rosters/{c}/{y}", cluster, year).then()
                        .statusCode(200)
                        .body("unitCodes", contains(unitCodes)));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
