package vn.thidua.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** scoring-service is wired to service-support's HTTP edge: replay, 304, 412, paging, hardened input, typed params. */
@QuarkusTest
@WithEmbeddedInfrastructure
class HttpEdgeWiringTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TABLES = "/api/v1/scoring-tables";

    private String cluster;

    @BeforeEach
    void knownRoster() {
        cluster = RosterFeed.uniqueCluster("EDGE");
        RosterFeed.publish(cluster, 2024, 1, "17", "24");
        TestTokens.actAs(TestTokens.secretariat(cluster));
    }

    private Map<String, Object> table(String title) {
        return Map.of("clusterCode", cluster, "year", 2024, "title", title, "tieBreak", List.of("SHARED"),
                "criteria", List.of(Map.of("code", "I", "title", "Tăng trưởng", "kind", "SCORE", "maxPoints", 100)));
    }

    @Test
    void shouldReplayDraftingWithSameIdempotencyKeyWithoutASecondTable() {
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(table("Bảng"))
                .post(TABLES);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(table("Bảng")).post(TABLES).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        given().queryParam("clusterCode", cluster).get(TABLES).then().body("total", equalTo(1));
    }

    @Test
    void shouldAnswer304ToCurrentEtagAnd412ToStaleRevision() {
        Response created = given().contentType(ContentType.JSON).body(table("Bảng")).post(TABLES);
        String location = created.header("Location");
        String etag = created.header("ETag");
        given().header("If-None-Match", etag).get(location).then().statusCode(304);
        Map<String, Object> revision = Map.of("title", "Bảng sửa", "tieBreak", List.of("SHARED"), "criteria",
                List.of(Map.of("code", "I", "title", "Tăng trưởng", "kind", "SCORE", "maxPoints", 100)));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(revision).put(location).then()
                .statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(revision).put(location).then()
                .statusCode(412).contentType(PROBLEM).body("type", equalTo("/problems/stale-version"));
    }

    @Test
    void shouldPageTablesAndAnswerEmptyPageFarBeyondTheEnd() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(table("Bảng " + i)).post(TABLES).then().statusCode(201);
        }
        given().queryParam("clusterCode", cluster).queryParam("size", 2).get(TABLES).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3));
        given().queryParam("page", 20_000_000).queryParam("size", 200).get(TABLES).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseControlCharactersAndBadTypedParametersNamingThem() {
        given().contentType(ContentType.JSON).body(table("Bảng\u0000")).post(TABLES).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("title"));
        given().queryParam("clusterCode", "a\u0000b").get(TABLES).then().statusCode(400)
                .body("errors.field", hasItem("clusterCode"));
        given().queryParam("status", "XYZ").get(TABLES).then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("PUBLISHED"));
        given().queryParam("year", "20x4").get(TABLES).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
