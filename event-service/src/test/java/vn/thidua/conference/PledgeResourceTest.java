package vn.thidua.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Pledges of cluster-years (giao ước thi đua): the 2025 pledge of the Seven Northern Border Mountain Provinces, where
 * only 5 members signed at the annual review in Lào Cai on 2025-03-22 and the others signed later.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class PledgeResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PLEDGE = "/api/v1/pledges/{c}/{y}";
    private static final String SIGNATURES = "/api/v1/pledges/{c}/{y}/signatures";
    // Lào Cai, Cao Bằng, Điện Biên, Lạng Sơn, Hà Giang, Sơn La, Lai Châu
    private static final String[] BORDER_PROVINCES = {"10", "04", "11", "20", "02", "14", "12"};
    /** The 2024 annual review of the cluster, held in Lào Cai on 2025-03-22, where the pledge for 2025 is signed. */
    private String conference;

    private String cluster;

    @BeforeEach
    void knownRoster() {
        cluster = RosterFeed.uniqueCluster("BORDER7");
        RosterFeed.publish(cluster, 2025, 1, BORDER_PROVINCES);
        RosterFeed.publish(cluster, 2024, 1, BORDER_PROVINCES);
        TestTokens.actAs(TestTokens.secretariat(cluster));
        conference = ConferenceApi.held(cluster);
        // Calls without their own token act as Lào Cai (10), the unit most of them sign for.
        TestTokens.actAs(TestTokens.member("10"));
    }

    @Test
    void shouldListEveryMemberAsPendingBeforeAnySignature() {
        given().get(PLEDGE, cluster, 2025).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("clusterCode", equalTo(cluster))
                .body("year", equalTo(2025))
                .body("signed", empty())
                .body("pending", contains(BORDER_PROVINCES));
    }

    @Test
    void shouldRecordSignatureAndAnswerThePledgeWithLocationAndEtag() {
        sign(cluster, 2025, "10", "2025-03-22", conference)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/pledges/" + cluster + "/2025"))
                .header("ETag", equalTo("\"1\""))
                .body("clusterCode", equalTo(cluster))
                .body("signed[0].unitCode", equalTo("10"))
                .body("signed[0].signedOn", equalTo("2025-03-22"))
                .body("signed[0].conferenceId", equalTo(conference))
                .body("pending", contains("04", "11", "20", "02", "14", "12"));

        given().get(PLEDGE, cluster, 2025).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("signed.unitCode", contains("10"))
                .body("pending", not(hasItem("10")));
    }

    @Test
    void shouldPublishPledgeSignedWithTheSignature() throws Exception {
        sign(cluster, 2025, "12", "2025-04-10", null).statusCode(201);
        String key = cluster + "/2025/12";
        com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                vn.thidua.testsupport.EventProbe.awaitRecord("thidua.conference.v1", r -> key.equals(r.key())
                        && "vn.thidua.conference.pledge-signed.v1".equals(
                                vn.thidua.testsupport.EventProbe.header(r, "ce_type")),
                        java.time.Duration.ofSeconds(20)).value());
        assertEquals("2025-04-10", event.get("signedOn").asText());
        assertEquals(1, event.get("pledgeVersion").asInt());
        assertEquals(true, event.get("conferenceId").isNull());
    }

    @Test
    void shouldShowFiveSignedAtTheConferenceAndTwoSigningLater() {
        for (String unit : List.of("10", "04", "11", "20", "14")) {
            sign(cluster, 2025, unit, "2025-03-22", conference).statusCode(201);
        }
        given().get(PLEDGE, cluster, 2025).then()
                .body("signed.size()", equalTo(5))
                .body("pending", contains("02", "12"));

        sign(cluster, 2025, "12", "2025-04-10", null).statusCode(201)
                .body("signed.find { it.unitCode == '12' }", not(hasKey("conferenceId")));
        sign(cluster, 2025, "02", "2025-04-02", null).statusCode(201);

        given().get(PLEDGE, cluster, 2025).then()
                .header("ETag", equalTo("\"7\""))
                .body("pending", empty())
                .body("signed.unitCode", contains("10", "04", "11", "20", "14", "02", "12"))
                .body("signed.signedOn", hasItem("2025-04-02"));
    }

    @Test
    void shouldAcceptSignatureDatedInTheYearBeforeThePledge() {
        RosterFeed.publish(cluster, 2026, 1, BORDER_PROVINCES);
        sign(cluster, 2026, "04", "2025-12-30", null).statusCode(201);
    }

    @Test
    void shouldRejectSignatureOfNonMember() {
        sign(cluster, 2025, "25", "2025-03-22", conference) // Phú Thọ is in the Midlands cluster
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/signer-not-member"))
                .body("rule", equalTo("SIGNER_NOT_MEMBER"))
                .body("status", equalTo(422));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectSecondSignatureOfTheSameMember() {
        sign(cluster, 2025, "11", "2025-03-22", conference).statusCode(201);
        sign(cluster, 2025, "11", "2025-03-23", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/already-signed"))
                .body("rule", equalTo("ALREADY_SIGNED"));
        given().get(PLEDGE, cluster, 2025).then()
                .header("ETag", equalTo("\"1\""))
                .body("signed.size()", equalTo(1))
                .body("signed[0].signedOn", equalTo("2025-03-22"));
    }

    @Test
    void shouldRejectSignatureDatedInTheFuture() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        RosterFeed.publish(cluster, tomorrow.getYear(), 1, BORDER_PROVINCES);
        sign(cluster, tomorrow.getYear(), "10", tomorrow.toString(), null)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("SIGNED_ON_IN_FUTURE"));
        assertNothingSigned(cluster, tomorrow.getYear());
    }

    @Test
    void shouldRejectSignatureAtAConferenceOfAnotherClusterOrSeasonOrNotHeld() {
        String other = RosterFeed.uniqueCluster("OTHER");
        RosterFeed.publish(other, 2024, 1, BORDER_PROVINCES);
        TestTokens.actAs(TestTokens.secretariat(other));
        String otherConference = ConferenceApi.held(other);
        TestTokens.actAs(TestTokens.secretariat(cluster));
        String scheduled = ConferenceApi.scheduled(cluster);
        TestTokens.actAs(TestTokens.member("10"));
        sign(cluster, 2025, "10", "2025-03-22", otherConference).statusCode(422)
                .body("rule", equalTo("PLEDGE_CONFERENCE_UNKNOWN"));
        sign(cluster, 2025, "10", "2025-03-22", "no-such-conference").statusCode(422)
                .body("rule", equalTo("PLEDGE_CONFERENCE_UNKNOWN"));
        sign(cluster, 2025, "10", "2025-03-22", scheduled).statusCode(422)
                .body("rule", equalTo("PLEDGE_CONFERENCE_NOT_HELD"));
        RosterFeed.publish(cluster, 2027, 1, BORDER_PROVINCES);
        sign(cluster, 2027, "10", "2025-03-22", conference).statusCode(422)
                .body("rule", equalTo("PLEDGE_CONFERENCE_OUTSIDE_SEASON"));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectSignatureOutsideThePledgeSeason() {
        sign(cluster, 2025, "10", "2023-03-22", null)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("SIGNED_ON_OUTSIDE_SEASON"));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldAnswerNotFoundForClusterYearWithoutRoster() {
        given().get(PLEDGE, cluster, 2019).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
        given().get(PLEDGE, "NO-SUCH-CLUSTER", 2025).then().statusCode(404).contentType(PROBLEM);
        sign("NO-SUCH-CLUSTER", 2025, "10", "2025-03-22", null).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRejectMalformedJsonAndStoreNothing() {
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"10\", signedOn: 2025-03-22}")
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(400)
                .contentType(PROBLEM)
                // service-support names it malformed-json, but Quarkus REST wraps Jackson's parse error in a
                // WebApplicationException(400), which the library answers as invalid-request
                .body("type", anyOf(equalTo("/problems/malformed-json"),
                        equalTo("/problems/invalid-request")))
                .body("status", equalTo(400));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectUnknownFieldAndStoreNothing() {
        Map<String, Object> body = signature("10", "2025-03-22", null);
        body.put("signedBy", "Chủ tịch UBND tỉnh");
        given().contentType(ContentType.JSON).body(body).post(SIGNATURES, cluster, 2025).then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("signedBy"));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectMissingFieldsAndStoreNothing() {
        given().contentType(ContentType.JSON).body(Map.of("unitCode", "10")).post(SIGNATURES, cluster, 2025).then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("signedOn"));
        given().contentType(ContentType.JSON).body(Map.of("signedOn", "2025-03-22")).post(SIGNATURES, cluster, 2025)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("unitCode"));
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectInvalidDateAndEmptyBody() {
        given().contentType(ContentType.JSON).body(signature("10", "22/03/2025", null))
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).post(SIGNATURES, cluster, 2025).then()
                .statusCode(400).contentType(PROBLEM);
        assertNothingSigned(cluster, 2025);
    }

    @Test
    void shouldRejectStaleIfMatchWithPreconditionFailed() {
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(signature("10", "2025-03-22", null))
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(201)
                .header("ETag", equalTo("\"1\""));
        TestTokens.as(TestTokens.member("04")).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(signature("04", "2025-03-22", null))
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/stale-version"));
        given().get(PLEDGE, cluster, 2025).then().body("signed.unitCode", contains("10"));
        TestTokens.as(TestTokens.member("04")).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(signature("04", "2025-03-22", null))
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(201)
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void shouldAnswerRetryWithSameIdempotencyKeyWithoutSigningTwice() {
        String key = UUID.randomUUID().toString();
        Response first = signWithKey(key, signature("20", "2025-03-22", conference));
        Response retry = signWithKey(key, signature("20", "2025-03-22", conference));

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals("\"1\"", retry.header("ETag"));
        assertEquals("false", first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        given().get(PLEDGE, cluster, 2025).then()
                .header("ETag", equalTo("\"1\""))
                .body("signed.unitCode", contains("20"));
    }

    @Test
    void shouldReplayTheFirstAnswerEvenAfterLaterSignatures() {
        String key = UUID.randomUUID().toString();
        String firstBody = signWithKey(key, signature("20", "2025-03-22", conference)).body().asString();
        sign(cluster, 2025, "10", "2025-03-22", conference).statusCode(201);

        Response retry = signWithKey(key, signature("20", "2025-03-22", conference));
        assertEquals(201, retry.statusCode());
        assertEquals(firstBody, retry.body().asString());
        given().get(PLEDGE, cluster, 2025).then().body("signed.size()", equalTo(2));
    }

    @Test
    void shouldRefuseIdempotencyKeyReusedForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, signWithKey(key, signature("20", "2025-03-22", null)).statusCode());
        // the same caller (unit 20) reusing its key for another request
        TestTokens.as(TestTokens.member("20")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(signature("04", "2025-03-22", null))
                .post(SIGNATURES, cluster, 2025).then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().get(PLEDGE, cluster, 2025).then().body("signed.unitCode", contains("20"));
    }

    @Test
    void shouldNotKeepTheKeyOfARejectedRequest() {
        String key = UUID.randomUUID().toString();
        assertEquals(422, signWithKey(key, signature("25", "2025-03-22", null)).statusCode());
        Response corrected = signWithKey(key, signature("14", "2025-03-22", null));
        assertEquals(201, corrected.statusCode());
        assertEquals("false", corrected.header("Idempotent-Replayed"));
    }

    @Test
    void shouldSignOnceWhenRetriesWithTheSameKeyRace() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = signature("11", "2025-03-22", conference);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> signWithKey(key, body));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                assertEquals(201, answer.get().statusCode());
                bodies.add(answer.get().body().asString());
            }
            assertEquals(1, bodies.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
        given().get(PLEDGE, cluster, 2025).then()
                .header("ETag", equalTo("\"1\""))
                .body("signed.unitCode", contains("11"));
    }

    @Test
    void shouldFollowTheRosterWhenCountingPendingMembers() {
        sign(cluster, 2025, "10", "2025-03-22", conference).statusCode(201);
        RosterFeed.publish(cluster, 2025, 2, "10", "04", "11", "20", "02", "14", "12", "15");
        given().get(PLEDGE, cluster, 2025).then()
                .body("pending", contains("04", "11", "20", "02", "14", "12", "15"));
        sign(cluster, 2025, "15", "2025-05-05", null).statusCode(201);
    }

    @Test
    void shouldDocumentPledgesInOpenApi() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(containsString("/api/v1/pledges/{clusterCode}/{year}/signatures"))
                .body(containsString("PledgeView"));
    }

    private static Map<String, Object> signature(String unit, String signedOn, String conferenceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("signedOn", signedOn);
        if (conferenceId != null) {
            body.put("conferenceId", conferenceId);
        }
        return body;
    }

    private static ValidatableResponse sign(String cluster, int year, String unit, String signedOn,
            String conferenceId) {
        return TestTokens.as(TestTokens.member(unit)).contentType(ContentType.JSON)
                .body(signature(unit, signedOn, conferenceId))
                .post(SIGNATURES, cluster, year).then();
    }

    private Response signWithKey(String key, Map<String, Object> body) {
        return TestTokens.as(TestTokens.member((String) body.get("unitCode"))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .post(SIGNATURES, cluster, 2025);
    }

    private static void assertNothingSigned(String cluster, int year) {
        given().get(PLEDGE, cluster, year).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("signed", empty());
    }
}
