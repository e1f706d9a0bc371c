package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.thidua.cluster.ClusterApi.unique;
import static vn.thidua.cluster.ClusterApi.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** cluster-service is wired to service-support's HTTP edge: replay, 304, 412, paging, hardened input, typed params. */
@QuarkusTest
@WithEmbeddedInfrastructure
class HttpEdgeWiringTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldReplayUnitRegistrationWithSameIdempotencyKey() {
        String code = unique("U");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("code", code, "name", "Lào Cai", "kind", "PROVINCE");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/units").then()
                .statusCode(201).header("Idempotent-Replayed", "false");
        // without the key this would be 409 DUPLICATE_UNIT_CODE
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/units").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(code));
    }

    @Test
    void shouldAnswer304ToCurrentEtagAnd412ToStaleRosterWrite() {
        String a = unit("Yên Bái");
        String b = unit("Lai Châu");
        String cluster = ClusterApi.cluster("Cụm kiểm thử");
        Response first = given().contentType(ContentType.JSON).body(Map.of("unitCodes", List.of(a)))
                .put("/api/v1/clusters/{c}/years/2030/members", cluster);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/clusters/{c}/years/2030", cluster).then().statusCode(304);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("unitCodes", List.of(a, b)))
                .put("/api/v1/clusters/{c}/years/2030/members", cluster).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("unitCodes", List.of(b)))
                .put("/api/v1/clusters/{c}/years/2030/members", cluster).then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("/problems/stale-version"));
        given().get("/api/v1/clusters/{c}/years/2030", cluster).then().body("members.size()", equalTo(2));
    }

    @Test
    void shouldPageUnitsInTheDatabaseAndAnswerEmptyPageFarBeyondTheEnd() {
        String prefix = unique("PG");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("code", prefix + "-" + i, "name", "Trang " + i,
                    "kind", "PROVINCE")).post("/api/v1/units").then().statusCode(201);
        }
        given().queryParam("q", prefix).queryParam("size", 2).get("/api/v1/units").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3));
        given().queryParam("page", 20_000_000).queryParam("size", 200).get("/api/v1/units").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("size", 201).get("/api/v1/units").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseControlCharactersWith400NamingTheField() {
        given().queryParam("q", "a\u0000b").get("/api/v1/units").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("q"));
        given().queryParam("q", "a\u0000b").get("/api/v1/clusters").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/api/v1/units/a%00b").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", unique("U"), "name", "Bad\u0000name", "kind",
                "PROVINCE")).post("/api/v1/units").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void shouldRefuseUnknownEnumAndDateParametersNamingThemAndTheirValues() {
        given().queryParam("kind", "XYZ").get("/api/v1/units").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("PROVINCE"));
        given().queryParam("organizerLevel", "NOPE").get("/api/v1/clusters").then().statusCode(400)
                .body("errors[0].field", equalTo("organizerLevel"));
        given().queryParam("activeOn", "notadate").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("activeOn"));
        given().queryParam("year", "20x5").get("/api/v1/leadership-resolutions").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().get("/api/v1/clusters/ANY/years/20x5").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().get("/api/v1/clusters/ANY/years/1800").then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("1945"));
        given().get("/api/v1/unit-mergers/notanumber").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }
}
