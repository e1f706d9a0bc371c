package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.getYear;
import static vn.thidua.cluster.ClusterApi.putLeadership;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.events.Topics;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** event-service's resolution-adopted (ELECT_LEADERSHIP), written to the real broker as event-service would. */
@QuarkusTest
@WithEmbeddedInfrastructure
class ConferenceResolutionConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TYPE = "vn.thidua.conference.resolution-adopted.v1";
    private static final String PROCESSED = "vn.thidua.cluster.leadership-resolution-processed.v1";

    @Test
    void shouldSetLeadershipElectedByConference() throws Exception {
        String tuyenQuang = unit("Tuyên Quang");
        String hoaBinh = unit("Hòa Bình");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, tuyenQuang, hoaBinh).statusCode(200);
        String resolutionId = UUID.randomUUID().toString();

        send(UUID.randomUUID().toString(), resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2024, tuyenQuang,
                hoaBinh));

        awaitResolution(cluster, 2024, resolutionId, "APPLIED");
        getYear(cluster, 2024)
                .body("chairUnitCode", equalTo(tuyenQuang))
                .body("viceChairUnitCode", equalTo(hoaBinh))
                .body("leadershipResolutionId", equalTo(resolutionId))
                .body("revision", equalTo(2));

        JsonNode published = new ObjectMapper().readTree(EventProbe.awaitRecord(Topics.CLUSTER,
                ClusterEventsTest.ofType("vn.thidua.cluster.leadership-assigned.v1", cluster + "/2024"), WAIT).value());
        assertEquals(resolutionId, published.get("resolutionId").asText());
        assertEquals(tuyenQuang, published.get("chairUnitCode").asText());
    }

    @Test
    void shouldApplyDuplicateDeliveryOnce() {
        String a = unit("Lào Cai");
        String b = unit("Cao Bằng");
        String c = unit("Lạng Sơn");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, a, b, c).statusCode(200);
        String resolutionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2025, b, a);

        send(eventId, payload);
        send(eventId, payload);
        // the same resolution republished under a new event id is recognised too
        send(UUID.randomUUID().toString(), payload);
        awaitResolution(cluster, 2025, resolutionId, "APPLIED");

        // a later API change proves the consumer has moved past the three records (same partition, in order)
        String marker = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), resolution(marker, cluster, "ELECT_LEADERSHIP", 2025, b, c));
        awaitResolution(cluster, 2025, marker, "APPLIED");

        given().get("/api/v1/clusters/{c}/years/{y}/leadership-resolutions", cluster, 2025).then()
                .body("total", equalTo(2));
        getYear(cluster, 2025).body("revision", equalTo(3)).body("viceChairUnitCode", equalTo(c));
    }

    @Test
    void shouldRecordResolutionNamingNonMemberAsRejected() {
        String member = unit("Điện Biên");
        String outsider = unit("Hà Nội");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, member).statusCode(200);
        putLeadership(cluster, 2025, member, null).statusCode(200);
        String resolutionId = UUID.randomUUID().toString();

        send(UUID.randomUUID().toString(), resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2025, outsider, null));

        awaitResolution(cluster, 2025, resolutionId, "REJECTED");
        given().queryParam("status", "REJECTED")
                .get("/api/v1/clusters/{c}/years/{y}/leadership-resolutions", cluster, 2025).then()
                .body("total", equalTo(1))
                .body("items[0].rule", equalTo("CHAIR_NOT_MEMBER"))
                .body("items[0].reason", containsString(outsider))
                .body("items[0].chairUnitCode", equalTo(outsider))
                .body("items[0].conferenceId", equalTo("conf-" + resolutionId));
        getYear(cluster, 2025).body("chairUnitCode", equalTo(member)).body("revision", equalTo(2));
    }

    @Test
    void shouldPublishRejectionWithRuleAndReasonSoTheConferenceCanShowIt() throws Exception {
        String member = unit("Lai Châu");
        String outsider = unit("Hà Nội");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, member).statusCode(200);
        String resolutionId = UUID.randomUUID().toString();

        send(UUID.randomUUID().toString(), resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2025, outsider, null));

        JsonNode outcome = new ObjectMapper().readTree(EventProbe.awaitRecord(Topics.CLUSTER,
                ClusterEventsTest.ofType(PROCESSED, cluster + "/2025/resolution-" + resolutionId), WAIT).value());
        assertEquals("REJECTED", outcome.get("status").asText());
        assertEquals("CHAIR_NOT_MEMBER", outcome.get("rule").asText());
        assertEquals(resolutionId, outcome.get("resolutionId").asText());
        assertEquals("conf-" + resolutionId, outcome.get("conferenceId").asText());
        assertTrue(outcome.get("reason").asText().contains(outsider), outcome.toString());
    }

    @Test
    void shouldPublishAppliedOutcomeAlsoWhenTheLeadershipWasAlreadyTheElectedOne() throws Exception {
        String chair = unit("Cao Bằng");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, chair).statusCode(200);
        putLeadership(cluster, 2025, chair, null).statusCode(200);
        String resolutionId = UUID.randomUUID().toString();

        // repeats the current leadership: no leadership-assigned follows, the outcome still does
        send(UUID.randomUUID().toString(), resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2025, chair, null));

        JsonNode outcome = new ObjectMapper().readTree(EventProbe.awaitRecord(Topics.CLUSTER,
                ClusterEventsTest.ofType(PROCESSED, cluster + "/2025/resolution-" + resolutionId), WAIT).value());
        assertEquals("APPLIED", outcome.get("status").asText());
        assertTrue(outcome.get("rule").isNull(), outcome.toString());
        assertEquals(chair, outcome.get("chairUnitCode").asText());
    }

    @Test
    void shouldRecordResolutionArrivingBeforeRosterAsRejected() {
        String a = unit("Sơn La");
        String cluster = cluster("Cụm");
        String resolutionId = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), resolution(resolutionId, cluster, "ELECT_LEADERSHIP", 2026, a, null));

        awaitResolution(cluster, 2026, resolutionId, "REJECTED");
        given().get("/api/v1/clusters/{c}/years/{y}/leadership-resolutions", cluster, 2026).then()
                .body("items[0].rule", equalTo("ROSTER_REQUIRED"));
    }

    @Test
    void shouldRecordResolutionForUnknownClusterAsRejected() {
        String resolutionId = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), resolution(resolutionId, "NO-SUCH-CLUSTER", "ELECT_LEADERSHIP", 2025, "08",
                null));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("clusterCode", "NO-SUCH-CLUSTER").queryParam("status", "REJECTED")
                        .get("/api/v1/leadership-resolutions").then()
                        .statusCode(200)
                        .body("items.find { it.resolutionId == '" + resolutionId + "' }.rule",
                                equalTo("UNKNOWN_CLUSTER")));
    }

    @Test
    void shouldIgnoreResolutionsOfOtherKinds() {
        String a = unit("Lai Châu");
        String b = unit("Hà Giang");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, a, b).statusCode(200);
        send(UUID.randomUUID().toString(), resolution(UUID.randomUUID().toString(), cluster, "HAND_OVER_FLAG", 2025,
                a, null));
        String marker = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), resolution(marker, cluster, "ELECT_LEADERSHIP", 2025, b, null));

        awaitResolution(cluster, 2025, marker, "APPLIED");
        given().get("/api/v1/clusters/{c}/years/{y}/leadership-resolutions", cluster, 2025).then()
                .body("total", equalTo(1));
        getYear(cluster, 2025).body("chairUnitCode", equalTo(b)).body("viceChairUnitCode", nullValue());
    }

    @Test
    void shouldParkUnreadableEventInDeadLetterTopicAndKeepConsuming() {
        String a = unit("Quảng Ninh");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, a).statusCode(200);
        String poisonId = "poison-" + UUID.randomUUID();
        EventProbe.send(Topics.CONFERENCE, "conference-key", "{not json", Map.of("ce_specversion", "1.0",
                "ce_id", poisonId, "ce_source", "/thidua/event-service", "ce_type", TYPE));
        String marker = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), resolution(marker, cluster, "ELECT_LEADERSHIP", 2024, a, null));

        awaitResolution(cluster, 2024, marker, "APPLIED");
        var parked = EventProbe.awaitRecord(Topics.dlq(Topics.CONFERENCE),
                r -> poisonId.equals(EventProbe.header(r, "ce_id")), WAIT);
        assertEquals("{not json", EventProbe.value(parked));
    }

    private static String resolution(String resolutionId, String cluster, String kind, int forYear, String chair,
            String vice) {
        Map<String, Object> data = new HashMap<>();
        data.put("resolutionId", resolutionId);
        data.put("conferenceId", "conf-" + resolutionId);
        data.put("clusterCode", cluster);
        data.put("kind", kind);
        data.put("forYear", forYear);
        data.put("chairUnitCode", chair);
        data.put("viceChairUnitCode", vice);
        data.put("adoptedOn", "2025-03-14");
        try {
            return new ObjectMapper().writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String eventId, String payload) {
        EventProbe.send(Topics.CONFERENCE, "conference-key", payload, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "/thidua/event-service",
                "ce_type", TYPE,
                "ce_subject", "conference-key",
                "ce_time", "2025-03-14T08:00:00Z",
                "content-type", "application/json"));
    }

    private static void awaitResolution(String cluster, int year, String resolutionId, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/api/v1/clusters/{c}/years/{y}/leadership-resolutions", cluster, year).then()
                        .statusCode(200)
                        .body("items.find { it.resolutionId == '" + resolutionId + "' }.status", equalTo(status)));
    }
}
