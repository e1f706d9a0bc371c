package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

        // Same id, other content: a redelivery must be recognised by its id and change nothing.
        RosterFeed.send(eventId, cluster, 2024, List.of("99"), null, null, 1);
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("08", "17", "25"), null, null, 2);

        RosterFeed.awaitRoster(cluster, 2024, "08", "17", "25");
    }

    @Test
    void shouldIgnoreOlderRevisionArrivingLate() {
        String cluster = RosterFeed.uniqueCluster("T");
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2025, List.of("17", "25"), null, null, 5);
        RosterFeed.awaitRoster(cluster, 2025, "17", "25");

        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2025, List.of("17"), null, null, 4);
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2026, List.of("25"), null, null, 1);
        RosterFeed.awaitRoster(cluster, 2026, "25");
        given().get("/internal/rosters/{c}/{y}", cluster, 2025).then().body("unitCodes", contains("17", "25"));
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
    }

    @Test
    void shouldSkipEventTypesItDoesNotUse() {
        String cluster = RosterFeed.uniqueCluster("T");
        EventProbe.send(TOPIC, cluster, "{\"code\":\"" + cluster + "\"}", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "vn.thidua.cluster.something-new.v1", "ce_source", "/test", "ce_specversion", "1.0"));
        RosterFeed.send(UUID.randomUUID().toString(), cluster, 2024, List.of("12"), null, null, 1);
        RosterFeed.awaitRoster(cluster, 2024, "12");
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
