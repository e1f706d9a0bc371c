package vn.thidua.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** event-service is wired to service-support's HTTP edge (its own Idempotency-Key copy is gone). */
@QuarkusTest
@WithEmbeddedInfrastructure
class HttpEdgeWiringTest {

    private static final String PLEDGE = "/api/v1/pledges/{c}/{y}";
    private static final String SIGNATURES = "/api/v1/pledges/{c}/{y}/signatures";

    private String cluster;

    @BeforeEach
    void knownRoster() {
        cluster = RosterFeed.uniqueCluster("EDGE");
        RosterFeed.publish(cluster, 2025, 1, "10", "04", "11");
        TestTokens.actAs(TestTokens.member("10"));
    }

    private Response sign(String key, String ifMatch, String unit) {
        // signs as the unit itself; a unit code with control characters is refused before anyone's right counts
        var request = TestTokens.as(TestTokens.member(unit.chars().allMatch(c -> c >= ' ') ? unit : "10"))
                .contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "signedOn", "2025-03-22"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(SIGNATURES, cluster, 2025);
    }

    @Test
    void shouldReplaySignatureThroughTheSharedMechanism() {
        String key = UUID.randomUUID().toString();
        sign(key, null, "10").then().statusCode(201).header("Idempotent-Replayed", "false");
        sign(key, null, "10").then().statusCode(201).header("Idempotent-Replayed", "true");
        given().get(PLEDGE, cluster, 2025).then().body("signed.size()", equalTo(1));
    }

    @Test
    void shouldAnswer304ToCurrentEtagAnd412ToStaleSignature() {
        String etag = given().get(PLEDGE, cluster, 2025).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PLEDGE, cluster, 2025).then().statusCode(304);
        sign(null, etag, "10").then().statusCode(201);
        sign(null, etag, "04").then().statusCode(412).body("type", equalTo("/problems/stale-version"));
        given().get(PLEDGE, cluster, 2025).then().body("signed.size()", equalTo(1));
    }

    @Test
    void shouldRefuseControlCharactersNamingTheField() {
        sign(null, null, "1\u00000").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unitCode"));
        given().urlEncodingEnabled(false).get("/api/v1/pledges/a%00b/2025").then().statusCode(400);
        given().get(PLEDGE, cluster, 2025).then().body("signed.size()", equalTo(0));
    }
}
