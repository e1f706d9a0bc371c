package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every consumer of cluster-service's roster must do, run by each of those services against its own app,
 * the real broker and the real database: subclass it with {@code @QuarkusTest @WithEmbeddedInfrastructure}.
 * Events are written raw here, as another system would, rather than through the events module's records.
 */
public abstract class RosterReadModelContract {

    private static final String TOPIC = "thidua.cluster.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern RETRIES = Pattern.compile(
            "(?m)^thidua_events_retries_total\\{[^}]*consumer=\"roster\"[^}]*} ([0-9.eE+-]+)$");

    @Test
    void shouldShowRosterPublishedByClusterService() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("08", "17", "19"), "08", "17", 1);

        RosterFeed.awaitRoster(cluster, 2024, "08", "17", "19");
        given().get("/internal/rosters/{c}/{y}", cluster, 2024).then()
                .body("clusterCode", equalTo(cluster))
                .body("year", equalTo(2024))
                .body("chairUnitCode", equalTo("08"))
                .body("viceChairUnitCode", equalTo("17"));
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        String cluster = RosterFeed.uniqueCluster("T");
        String eventId = UUID.randomUUID().toString();
        RosterFeed.send(eventId, cluster, 2024, List.of("08", "17"), null, null, 1);
        RosterFeed.awaitRoster(cluster, 2024, "08", "17");

        // Same id, other content, same revision: only dedup by id keeps it out (equal revisions re-apply).
        RosterFeed.send(eventId, cluster, 2024, List.of("99"), null, null, 1);
        // Same key, so same partition: once this marker shows, the redelivery has been handled.
        RosterFeed.sendLeadership(UUID.randomUUID().toString(), cluster, 2024, "08", null, 1);

        RosterFeed.awaitChair(cluster, 2024, "08");
        given().get("/internal/rosters/{c}/{y}", cluster, 2024).then().body("unitCodes", contains("08", "17"));
    }

    @Test
    void shouldIgnoreOlderRevisionArrivingLate() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2025, List.of("17", "25"), null, null, 5);
        RosterFeed.awaitRoster(cluster, 2025, "17", "25");

        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2025, List.of("17"), null, null, 4);
        RosterFeed.sendLeadership(UUID.randomUUID().toString(), cluster, 2025, "25", null, 6);

        RosterFeed.awaitChair(cluster, 2025, "25");
        given().get("/internal/rosters/{c}/{y}", cluster, 2025).then()
                .body("unitCodes", contains("17", "25"))
                .body("revision", equalTo(6));
    }

    @Test
    void shouldApplyRosterThatRemovesAndReordersMembers() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.publish(cluster, 2024, 1, "A", "B", "C");

        RosterFeed.publish(cluster, 2024, 2, "B", "C");
        RosterFeed.publish(cluster, 2024, 3, "C", "B", "D");
        RosterFeed.publish(cluster, 2024, 4, "D");
        RosterFeed.publish(cluster, 2024, 5, "A", "D", "B", "C");
    }

    @Test
    void shouldKeepUnitCodesOfSixtyFourCharacters() {
        String cluster = RosterFeed.uniqueCluster("T");
        String longCode = "U".repeat(64);
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of(longCode, "08"), longCode, "08", 1);

        RosterFeed.awaitRoster(cluster, 2024, longCode, "08");
        given().get("/internal/rosters/{c}/{y}", cluster, 2024).then().body("chairUnitCode", equalTo(longCode));
    }

    @Test
    void shouldApplyPayloadThatGainedAnOptionalField() {
        String cluster = RosterFeed.uniqueCluster("T");
        // architecture.md: a v1 payload may gain optional fields; older consumers must ignore them.
        RosterFeed.sendRaw("vn.thidua.cluster.membership-changed.v1", UUID.randomUUID().toString(), cluster, 2024, """
                {"clusterCode":"%s","year":2024,"unitCodes":["08","17"],"revision":1,"mergedFrom":{"17":["18"]}}
                """.formatted(cluster));

        RosterFeed.awaitRoster(cluster, 2024, "08", "17");
    }

    @Test
    void shouldApplyEventAfterDatabaseOutageInsteadOfParkingIt() throws Exception {
        String cluster = RosterFeed.uniqueCluster("T");
        double retriesBefore = retries();
        try (Connection admin = PostgresTestResource.connect("template1")) {
            // The service's database refuses connections and loses the ones it had, as in a restart.
            execute(admin, "ALTER DATABASE postgres ALLOW_CONNECTIONS false");
            try {
                execute(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = 'postgres' AND pid <> pg_backend_pid()");
                RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("31", "32"), null, null, 1);
                // More failed attempts than any fixed retry budget would allow before parking the event.
                await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> retries() >= retriesBefore + 5);
            } finally {
                execute(admin, "ALTER DATABASE postgres ALLOW_CONNECTIONS true");
            }
        }

        RosterFeed.awaitRoster(Duration.ofSeconds(60), cluster, 2024, "31", "32");
    }

    @Test
    void shouldRebuildReadModelFromTopicToTheLiveState() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.publish(cluster, 2024, 1, "A", "B");
        RosterFeed.publish(cluster, 2024, 2, "B", "C");
        RosterFeed.sendLeadership(UUID.randomUUID().toString(), cluster, 2024, "C", "B", 3);
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("B", "C"), "C", "B", 3);
        RosterFeed.publish(cluster, 2025, 1, "D");
        RosterFeed.awaitChair(cluster, 2024, "C");
        Map<String, Object> live2024 = given().get("/internal/rosters/{c}/{y}", cluster, 2024).then().extract()
                .jsonPath().getMap("");
        Map<String, Object> live2025 = given().get("/internal/rosters/{c}/{y}", cluster, 2025).then().extract()
                .jsonPath().getMap("");

        // Emptying a read model is the central board's: a member's token is refused and nothing is cleared
        TestTokens.as(TestTokens.member("A")).post("/internal/rosters/rebuild").then().statusCode(403);
        assertEquals(live2024, given().get("/internal/rosters/{c}/{y}", cluster, 2024).then().statusCode(200)
                .extract().jsonPath().getMap(""));

        TestTokens.as(TestTokens.centralBoard()).post("/internal/rosters/rebuild").then()
                .statusCode(200)
                .body("rostersCleared", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("dedupRecordsCleared", org.hamcrest.Matchers.greaterThanOrEqualTo(5));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertEquals(live2024, given().get("/internal/rosters/{c}/{y}", cluster, 2024).then().statusCode(200)
                    .extract().jsonPath().getMap(""));
            assertEquals(live2025, given().get("/internal/rosters/{c}/{y}", cluster, 2025).then().statusCode(200)
                    .extract().jsonPath().getMap(""));
        });
    }

    @Test
    void shouldKeepApplyingOtherPartitionsWhileOneEventWaits() throws Exception {
        String waiting = RosterFeed.uniqueCluster("T");
        RosterFeed.publish(waiting, 2024, 1, "A");
        String other = RosterFeed.uniqueCluster("T");
        while (partition(other + "/2024") == partition(waiting + "/2024")) {
            other = RosterFeed.uniqueCluster("T");
        }
        try (Connection holder = PostgresTestResource.connect("postgres")) {
            holder.setAutoCommit(false);
            // The next change of this roster waits for the lock, as it would wait out a failure being retried.
            execute(holder, "SELECT id FROM roster_year WHERE cluster_code = '" + waiting + "' FOR UPDATE");
            RosterFeed.send(UUID.randomUUID().toString(), waiting, 2024, List.of("B"), null, null, 2);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> waitingOnLocks(holder) > 0);
            RosterFeed.send(UUID.randomUUID().toString(), other, 2024, List.of("C"), null, null, 1);

            RosterFeed.awaitRoster(other, 2024, "C");
            given().get("/internal/rosters/{c}/{y}", waiting, 2024).then().body("unitCodes", contains("A"));
            holder.rollback();
        }
        RosterFeed.awaitRoster(waiting, 2024, "B");
    }

    private static int waitingOnLocks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The partition Kafka's default partitioner gives a key on the three-partition cluster topic. */
    private static int partition(String key) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % 3;
    }

    @Test
    void shouldSkipEventTypesItDoesNotUse() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("12"), null, null, 1);
        RosterFeed.awaitRoster(cluster, 2024, "12");

        // A type it does not know, shaped like a roster, on the same key: it must not touch the roster.
        RosterFeed.sendRaw("vn.thidua.cluster.something-new.v1", UUID.randomUUID().toString(), cluster, 2024, """
                {"clusterCode":"%s","year":2024,"unitCodes":["99"],"revision":2}""".formatted(cluster));
        RosterFeed.sendLeadership(UUID.randomUUID().toString(), cluster, 2024, "12", null, 1);

        RosterFeed.awaitChair(cluster, 2024, "12");
        given().get("/internal/rosters/{c}/{y}", cluster, 2024).then()
                .body("unitCodes", contains("12"))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldAcceptStructuredModeEvents() {
        String cluster = RosterFeed.uniqueCluster("T");
        String event = """
                {"specversion":"1.0","id":"%s","source":"/other-agency","type":"vn.thidua.cluster.membership-changed.v1",
                 "subject":"%s/2024","time":"2025-03-14T08:00:00Z","datacontenttype":"application/json",
                 "data":{"clusterCode":"%s","year":2024,"unitCodes":["10","04"],"revision":1}}
                """.formatted(UUID.randomUUID(), cluster, cluster);
        EventProbe.send(TOPIC, cluster + "/2024", event, Map.of("content-type", "application/cloudevents+json"));
        RosterFeed.awaitRoster(cluster, 2024, "10", "04");
    }

    @Test
    void shouldParkUnreadableEventInDeadLetterTopicAndKeepConsuming() {
        String cluster = RosterFeed.uniqueCluster("T");
        String key = cluster + "/2024";
        EventProbe.send(TOPIC, key, "{not json", Map.of("ce_id", "poison-" + cluster,
                "ce_type", "vn.thidua.cluster.membership-changed.v1", "ce_source", "/test", "ce_specversion", "1.0"));
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("11"), null, null, 1);

        RosterFeed.awaitRoster(cluster, 2024, "11");
        var parked = EventProbe.awaitRecord(TOPIC + ".dlq", r -> key.equals(r.key()), WAIT);
        assertEquals("poison-" + cluster, EventProbe.header(parked, "ce_id"));
        assertNotNull(EventProbe.header(parked, "dead-letter-reason"), "the reason travels with the parked record");
    }

    /** Failed attempts at events that the consumer will retry, from the service's metrics. */
    private static double retries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = RETRIES.matcher(metrics);
        double total = 0;
        while (line.find()) {
            total += Double.parseDouble(line.group(1));
        }
        return total;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void shouldAnswerProblemForUnknownRoster() {
        given().get("/internal/rosters/{c}/{y}", "NO-SUCH-CLUSTER", 2024).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldKeepInternalPathsOutOfPublicOpenApi() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(not(containsString("/internal/")));
    }

    @Test
    void shouldBeReadyWithDatabaseKafkaAndOutboxChecks() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("outbox"));
    }
}
