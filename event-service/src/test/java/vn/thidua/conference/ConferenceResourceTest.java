package vn.thidua.conference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.conference.ConferenceApi.BORDER;
import static vn.thidua.conference.ConferenceApi.CONFERENCES;
import static vn.thidua.conference.ConferenceApi.PROBLEM;
import static vn.thidua.conference.ConferenceApi.annualReview;
import static vn.thidua.conference.ConferenceApi.borderCluster;
import static vn.thidua.conference.ConferenceApi.get;
import static vn.thidua.conference.ConferenceApi.held;
import static vn.thidua.conference.ConferenceApi.resolution;
import static vn.thidua.conference.ConferenceApi.schedule;
import static vn.thidua.conference.ConferenceApi.scheduled;
import static vn.thidua.conference.ConferenceApi.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.events.Topics;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Conferences of the Seven Northern Border Mountain Provinces: the annual review for 2024 in Lào Cai on 2025-03-22,
 * its status, attendance, papers and resolutions, with the real database and broker.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class ConferenceResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldScheduleAnnualReviewHostedByAMemberAndPublishScheduled() throws Exception {
        String cluster = borderCluster();
        String id = schedule(annualReview(cluster, 2024, "10")).statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("SCHEDULED"))
                .body("kind", equalTo("ANNUAL_REVIEW"))
                .body("seasonYear", equalTo(2024))
                .body("hostUnitCode", equalTo("10"))
                .body("startsAt", equalTo("2025-03-22T08:00:00+07:00"))
                .body("guests[0].title", equalTo("Phó Trưởng ban"))
                .body("guests[0].organization", equalTo("Ban Thi đua – Khen thưởng Trung ương"))
                .body("presiding[0].name", equalTo("Trịnh Xuân Trường"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(annualReview(cluster, 2024, "10")).post(CONFERENCES).then()
                .header("Location", containsString("/api/v1/conferences/"));

        JsonNode event = JSON.readTree(EventProbe.awaitRecord(Topics.CONFERENCE, r -> id.equals(r.key())
                && "vn.thidua.conference.scheduled.v1".equals(EventProbe.header(r, "ce_type")), WAIT).value());
        assertEquals(cluster, event.get("clusterCode").asText());
        assertEquals("SCHEDULED", event.get("status").asText());
    }

    @Test
    void shouldShowStartTimeInVietnamWhateverOffsetWasSent() {
        String cluster = borderCluster();
        Map<String, Object> body = annualReview(cluster, 2024, "04");
        body.put("startsAt", "2025-03-22T01:00:00Z");
        schedule(body).statusCode(201).body("startsAt", equalTo("2025-03-22T08:00:00+07:00"));
    }

    @Test
    void shouldRefuseHostThatIsNotAMemberOfTheClusterYear() {
        String cluster = borderCluster();
        schedule(annualReview(cluster, 2024, "01")).statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("HOST_NOT_MEMBER"))
                .body("detail", containsString("01"));
        given().queryParam("clusterCode", cluster).get(CONFERENCES).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseHostWhenNoRosterIsKnownForTheSeason() {
        String cluster = borderCluster();
        schedule(annualReview(cluster, 2019, "10")).statusCode(422).body("rule", equalTo("HOST_NOT_MEMBER"));
    }

    @Test
    void shouldLinkPreparatorySessionToItsAnnualReviewOnly() {
        String cluster = borderCluster();
        String annual = scheduled(cluster);
        Map<String, Object> prep = annualReview(cluster, 2024, "10");
        prep.put("kind", "PREPARATORY_SESSION");
        prep.put("startsAt", "2025-03-21T14:00:00+07:00");
        prep.put("annualReviewId", annual);
        schedule(prep).statusCode(201).body("annualReviewId", equalTo(annual));

        Map<String, Object> otherSeason = annualReview(cluster, 2025, "10");
        otherSeason.put("kind", "PREPARATORY_SESSION");
        otherSeason.put("annualReviewId", annual);
        schedule(otherSeason).statusCode(422).body("rule", equalTo("ANNUAL_REVIEW_LINK_INVALID"));

        Map<String, Object> midYear = annualReview(cluster, 2024, "10");
        midYear.put("kind", "MID_YEAR_REVIEW");
        midYear.put("annualReviewId", annual);
        schedule(midYear).statusCode(422).body("rule", equalTo("ANNUAL_REVIEW_LINK_INVALID"));
    }

    @Test
    void shouldMoveScheduledToHeldToClosedAndRefuseOtherChangesNamingTheAllowedOnes() throws Exception {
        String cluster = borderCluster();
        String id = scheduled(cluster);
        status(id, "CLOSED", null).statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("CONFERENCE_STATUS_CHANGE_NOT_ALLOWED"))
                .body("detail", containsString("[HELD, CANCELLED]"));
        status(id, "HELD", null).statusCode(200).body("status", equalTo("HELD")).header("ETag", equalTo("\"2\""));
        status(id, "CANCELLED", "Bão").statusCode(409).body("detail", containsString("[CLOSED]"));
        status(id, "SCHEDULED", null).statusCode(409);
        status(id, "CLOSED", null).statusCode(200).body("status", equalTo("CLOSED"));
        status(id, "HELD", null).statusCode(409).body("detail", containsString("nothing"));

        EventProbe.awaitRecord(Topics.CONFERENCE, r -> id.equals(r.key())
                && "vn.thidua.conference.closed.v1".equals(EventProbe.header(r, "ce_type")), WAIT);
        EventProbe.awaitRecord(Topics.CONFERENCE, r -> id.equals(r.key())
                && "vn.thidua.conference.held.v1".equals(EventProbe.header(r, "ce_type")), WAIT);
    }

    @Test
    void shouldCancelOnlyWithAReasonAndKeepIt() throws Exception {
        String cluster = borderCluster();
        String id = scheduled(cluster);
        status(id, "CANCELLED", null).statusCode(422).body("rule", equalTo("CANCELLATION_REASON_REQUIRED"));
        get(id).body("status", equalTo("SCHEDULED"));
        status(id, "CANCELLED", "Lũ quét; hoãn sang tháng 4").statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Lũ quét; hoãn sang tháng 4"));
        status(id, "HELD", null).statusCode(409);
        JsonNode event = JSON.readTree(EventProbe.awaitRecord(Topics.CONFERENCE, r -> id.equals(r.key())
                && "vn.thidua.conference.cancelled.v1".equals(EventProbe.header(r, "ce_type")), WAIT).value());
        assertEquals("Lũ quét; hoãn sang tháng 4", event.get("reason").asText());
    }

    @Test
    void shouldRecordAttendanceAndShowAbsentMembers() {
        String cluster = borderCluster();
        String id = held(cluster);
        get(id).body("absentUnitCodes", nullValue());
        Map<String, Object> body = Map.of("units", List.of(
                Map.of("unitCode", "10", "delegates", List.of(Map.of("name", "Giàng Seo Phử", "title", "Bí thư"))),
                Map.of("unitCode", "11", "delegates", List.of()),
                Map.of("unitCode", "04", "delegates", List.of(Map.of("name", "Lê Hải Hòa", "title", "Phó Chủ tịch")))));
        given().contentType(ContentType.JSON).body(body).put(CONFERENCES + "/{id}/attendance", id).then()
                .statusCode(200)
                .body("attendance.unitCode", contains("10", "11", "04"))
                .body("attendance[0].delegates[0].name", equalTo("Giàng Seo Phử"))
                .body("absentUnitCodes", contains("20", "02", "14", "12"));

        Map<String, Object> outsider = Map.of("units", List.of(Map.of("unitCode", "01", "delegates", List.of())));
        given().contentType(ContentType.JSON).body(outsider).put(CONFERENCES + "/{id}/attendance", id).then()
                .statusCode(422).body("rule", equalTo("ATTENDEE_NOT_MEMBER"));
        Map<String, Object> twice = Map.of("units", List.of(Map.of("unitCode", "10"), Map.of("unitCode", "10")));
        given().contentType(ContentType.JSON).body(twice).put(CONFERENCES + "/{id}/attendance", id).then()
                .statusCode(422).body("rule", equalTo("DUPLICATE_ATTENDEE"));
        get(id).body("attendance", hasSize(3));
    }

    @Test
    void shouldAddExperiencePapersOfMembersOnly() {
        String cluster = borderCluster();
        String id = held(cluster);
        given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", "11", "title", "Phong trào thi đua xóa nhà tạm, nhà dột nát ở Điện Biên"))
                .post(CONFERENCES + "/{id}/papers", id).then().statusCode(201)
                .body("papers[0].unitCode", equalTo("11"))
                .body("papers[0].title", containsString("Điện Biên"));
        given().contentType(ContentType.JSON).body(Map.of("unitCode", "01", "title", "Hà Nội"))
                .post(CONFERENCES + "/{id}/papers", id).then().statusCode(422)
                .body("rule", equalTo("PAPER_UNIT_NOT_MEMBER"));
        status(id, "CLOSED", null).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("unitCode", "10", "title", "Muộn"))
                .post(CONFERENCES + "/{id}/papers", id).then().statusCode(409).body("rule", equalTo("CONFERENCE_NOT_OPEN"));
        get(id).body("papers", hasSize(1));
    }

    @Test
    void shouldRefuseResolutionAtAConferenceNotHeld() {
        String cluster = borderCluster();
        String id = scheduled(cluster);
        resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2025, "chairUnitCode", "04"))
                .statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("CONFERENCE_NOT_HELD"))
                .body("detail", containsString("SCHEDULED"));
        get(id).body("resolutions", hasSize(0)).header("ETag", equalTo("\"1\""));
        status(id, "HELD", null).statusCode(200);
        status(id, "CLOSED", null).statusCode(200);
        resolution(id, Map.of("kind", "SUPPORT_FUNDS", "amountVnd", 1)).statusCode(409)
                .body("rule", equalTo("CONFERENCE_NOT_HELD"));
    }

    @Test
    void shouldRefuseResolutionsMissingWhatTheirKindNeeds() {
        String cluster = borderCluster();
        String id = held(cluster);
        resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2025)).statusCode(422)
                .body("rule", equalTo("RESOLUTION_FIELD_REQUIRED")).body("detail", containsString("chairUnitCode"));
        resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2026, "chairUnitCode", "04")).statusCode(422)
                .body("rule", equalTo("ELECTION_YEAR_NOT_NEXT"));
        resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2025, "chairUnitCode", "04",
                "viceChairUnitCode", "04")).statusCode(422).body("rule", equalTo("CHAIR_AND_VICE_CHAIR_SAME"));
        resolution(id, Map.of("kind", "HAND_OVER_FLAG", "fromUnitCode", "10", "toUnitCode", "10")).statusCode(422)
                .body("rule", equalTo("FLAG_HANDOVER_SAME_UNIT"));
        resolution(id, Map.of("kind", "SUPPORT_FUNDS", "amountVnd", 0)).statusCode(422)
                .body("rule", equalTo("SUPPORT_AMOUNT_NOT_POSITIVE"));
        resolution(id, Map.of("kind", "AWARDS_PRESENTED", "collectivesCount", 0, "individualsCount", 0))
                .statusCode(422).body("rule", equalTo("AWARDS_COUNT_INVALID"));
        get(id).body("resolutions", hasSize(0));
    }

    @Test
    void shouldAdoptFlagHandoverSupportFundsAndAwardsAndPublishEach() throws Exception {
        String cluster = borderCluster();
        String id = held(cluster);
        resolution(id, Map.of("kind", "HAND_OVER_FLAG", "fromUnitCode", "10", "toUnitCode", "04")).statusCode(201);
        resolution(id, Map.of("kind", "SUPPORT_FUNDS", "amountVnd", 350_000_000L,
                "purpose", "Xây 5 nhà cho hộ chính sách", "beneficiaries", List.of("5 hộ chính sách tỉnh Lào Cai")))
                .statusCode(201);
        resolution(id, Map.of("kind", "AWARDS_PRESENTED", "collectivesCount", 7, "individualsCount", 7,
                "note", "Bằng khen của Chủ tịch UBND tỉnh Lào Cai")).statusCode(201)
                .body("resolutions.kind", contains("HAND_OVER_FLAG", "SUPPORT_FUNDS", "AWARDS_PRESENTED"))
                .body("resolutions[1].amountVnd", equalTo(350_000_000))
                .body("resolutions[1].beneficiaries[0]", equalTo("5 hộ chính sách tỉnh Lào Cai"))
                .body("resolutions[2].collectivesCount", equalTo(7))
                .body("resolutions[0].outcome", nullValue())
                .body("resolutions[0].adoptedOn", equalTo("2025-03-22"));

        List<JsonNode> published = EventProbe.awaitRecords(Topics.CONFERENCE, r ->
                "vn.thidua.conference.resolution-adopted.v1".equals(EventProbe.header(r, "ce_type"))
                        && EventProbe.value(r).contains(id), 3, WAIT).stream().map(r -> {
                            try {
                                return JSON.readTree(r.value());
                            } catch (java.io.IOException e) {
                                throw new AssertionError(e);
                            }
                        }).toList();
        JsonNode funds = published.stream().filter(n -> n.get("kind").asText().equals("SUPPORT_FUNDS")).findFirst()
                .orElseThrow();
        assertEquals(350_000_000L, funds.get("amountVnd").asLong());
        assertEquals("Xây 5 nhà cho hộ chính sách", funds.get("purpose").asText());
    }

    @Test
    void shouldShowElectionAppliedOrRejectedOnceClusterServiceReportsIt() throws Exception {
        String cluster = borderCluster();
        String id = held(cluster);
        String elected = resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2025, "chairUnitCode", "04",
                "viceChairUnitCode", "11")).statusCode(201)
                .body("resolutions[0].outcome", equalTo("PENDING")).extract().path("resolutions[0].id");
        String outsider = resolution(id, Map.of("kind", "ELECT_LEADERSHIP", "forYear", 2025,
                "chairUnitCode", "01")).statusCode(201).extract().path("resolutions[1].id");

        JsonNode event = JSON.readTree(EventProbe.awaitRecord(Topics.CONFERENCE, r -> (cluster + "/2025").equals(r.key())
                && EventProbe.value(r).contains(elected), WAIT).value());
        assertEquals("04", event.get("chairUnitCode").asText());
        assertEquals(id, event.get("conferenceId").asText());

        // what cluster-service publishes after applying or refusing them
        outcome(cluster, elected, "04", "APPLIED", null, null);
        outcome(cluster, outsider, "01", "REJECTED", "CHAIR_NOT_MEMBER",
                "Unit 01 is not a member of the cluster in 2025");

        await().atMost(WAIT).untilAsserted(() -> get(id)
                .body("resolutions.find { it.id == '" + elected + "' }.outcome", equalTo("APPLIED"))
                .body("resolutions.find { it.id == '" + outsider + "' }.outcome", equalTo("REJECTED"))
                .body("resolutions.find { it.id == '" + outsider + "' }.outcomeRule", equalTo("CHAIR_NOT_MEMBER"))
                .body("resolutions.find { it.id == '" + outsider + "' }.outcomeReason", containsString("01")));
    }

    @Test
    void shouldListByClusterYearAndStatusWithPaging() {
        String cluster = borderCluster();
        String first = scheduled(cluster);
        String second = held(cluster);
        Map<String, Object> midYear = annualReview(cluster, 2025, "11");
        midYear.put("kind", "MID_YEAR_REVIEW");
        midYear.put("startsAt", "2025-07-20T08:00:00+07:00");
        schedule(midYear).statusCode(201);

        given().queryParam("clusterCode", cluster).get(CONFERENCES).then().statusCode(200)
                .body("total", equalTo(3));
        given().queryParam("clusterCode", cluster).queryParam("year", 2024).get(CONFERENCES).then()
                .body("total", equalTo(2));
        given().queryParam("clusterCode", cluster).queryParam("status", "HELD").get(CONFERENCES).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(second));
        given().queryParam("clusterCode", cluster).queryParam("size", 1).queryParam("page", 1).get(CONFERENCES).then()
                .body("total", equalTo(3)).body("items", hasSize(1));
        given().queryParam("status", "POSTPONED").get(CONFERENCES).then().statusCode(400).contentType(PROBLEM);
        get(first).statusCode(200);
    }

    @Test
    void shouldAnswerNotModifiedAndPreconditionFailedByVersion() {
        String cluster = borderCluster();
        String id = scheduled(cluster);
        given().header("If-None-Match", "\"1\"").get(CONFERENCES + "/{id}", id).then().statusCode(304);
        given().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .post(CONFERENCES + "/{id}/status", id).then().statusCode(412).contentType(PROBLEM);
        get(id).body("status", equalTo("SCHEDULED"));
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .post(CONFERENCES + "/{id}/status", id).then().statusCode(200);
        given().get(CONFERENCES + "/{id}", "no-such-conference").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldReplayScheduleWithSameIdempotencyKeyWithoutSecondConference() {
        String cluster = borderCluster();
        String key = UUID.randomUUID().toString();
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(annualReview(cluster, 2024, "10")).post(CONFERENCES).then().statusCode(201)
                .extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(annualReview(cluster, 2024, "10")).post(CONFERENCES).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith(first))
                .body("id", equalTo(first));
        given().queryParam("clusterCode", cluster).get(CONFERENCES).then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseUnknownFieldsAndBadEnumsWithoutStoringAnything() {
        String cluster = borderCluster();
        Map<String, Object> body = annualReview(cluster, 2024, "10");
        body.put("kind", "GALA_DINNER");
        schedule(body).statusCode(400).contentType(PROBLEM);
        Map<String, Object> unknown = annualReview(cluster, 2024, "10");
        unknown.put("budget", 1);
        schedule(unknown).statusCode(400).contentType(PROBLEM);
        given().queryParam("clusterCode", cluster).get(CONFERENCES).then().body("total", equalTo(0));
    }

    private static void outcome(String cluster, String resolutionId, String chair, String status, String rule,
            String reason) {
        String data = """
                {"resolutionId":"%s","clusterCode":"%s","forYear":2025,"chairUnitCode":"%s","status":"%s",\
                "rule":%s,"reason":%s}""".formatted(resolutionId, cluster, chair, status,
                rule == null ? "null" : "\"" + rule + "\"", reason == null ? "null" : "\"" + reason + "\"");
        RosterFeed.sendRaw("vn.thidua.cluster.leadership-resolution-processed.v1", UUID.randomUUID().toString(),
                cluster, 2025, data);
    }
}
