package vn.thidua.cluster;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helpers that drive cluster-service through its public API, with codes unique to each test. */
final class ClusterApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private ClusterApi() {
    }

    /** A code no other test uses, e.g. {@code U-3F2A1B-7}. */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static ValidatableResponse postUnit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/units").then();
    }

    static String unit(String name) {
        return unit(name, null, null);
    }

    static String unit(String name, String validFrom, String validTo) {
        String code = unique("U");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", name, "kind", "PROVINCE"));
        if (validFrom != null) {
            body.put("validFrom", validFrom);
        }
        if (validTo != null) {
            body.put("validTo", validTo);
        }
        postUnit(body).statusCode(201);
        return code;
    }

    static String cluster(String name) {
        String code = unique("C");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "kind", "CLUSTER", "organizerLevel", "CENTRAL"))
                .post("/api/v1/clusters").then().statusCode(201);
        return code;
    }

    static ValidatableResponse putMembers(String cluster, int year, String... unitCodes) {
        return given().contentType(ContentType.JSON).body(Map.of("unitCodes", List.of(unitCodes)))
                .put("/api/v1/clusters/{c}/years/{y}/members", cluster, year).then();
    }

    static ValidatableResponse putLeadership(String cluster, int year, String chair, String vice) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("chairUnitCode", chair);
        if (vice != null) {
            body.put("viceChairUnitCode", vice);
        }
        return given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/clusters/{c}/years/{y}/leadership", cluster, year).then();
    }

    static ValidatableResponse merge(String effectiveDate, String successor, String... sources) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", effectiveDate, "successorCode", successor, "sourceCodes", List.of(sources)))
                .post("/api/v1/unit-mergers").then();
    }

    static ValidatableResponse getYear(String cluster, int year) {
        return given().get("/api/v1/clusters/{c}/years/{y}", cluster, year).then();
    }
}
