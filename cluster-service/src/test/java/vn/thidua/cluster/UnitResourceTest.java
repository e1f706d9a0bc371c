package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.thidua.cluster.ClusterApi.postUnit;
import static vn.thidua.cluster.ClusterApi.unique;
import static vn.thidua.cluster.ClusterApi.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

@QuarkusTest
@WithEmbeddedInfrastructure
class UnitResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRegisterUnitAnsweringLocationAndEtag() {
        String code = unique("U");
        postUnit(Map.of("code", code, "name", "Thái Nguyên", "kind", "PROVINCE", "validFrom", "1997-01-01"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/units/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("name", equalTo("Thái Nguyên"))
                .body("kind", equalTo("PROVINCE"))
                .body("validFrom", equalTo("1997-01-01"))
                .body("validTo", nullValue())
                .body("successorCode", nullValue())
                .body("predecessorCodes", empty());

        given().get("/api/v1/units/{code}", code).then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Thái Nguyên"));
    }

    @Test
    void shouldStoreDecomposedNameInComposedForm() {
        String nfd = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD);
        String code = unique("U");
        postUnit(Map.of("code", code, "name", nfd, "kind", "PROVINCE")).statusCode(201);

        given().get("/api/v1/units/{code}", code).then()
                .body("name", equalTo(Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFC)));
    }

    @Test
    void shouldRejectDuplicateUnitCodeAndKeepTheFirst() {
        String code = unit("Hòa Bình");

        postUnit(Map.of("code", code, "name", "Other name", "kind", "CITY"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/duplicate-unit-code"))
                .body("rule", equalTo("DUPLICATE_UNIT_CODE"))
                .body("status", equalTo(409));

        given().get("/api/v1/units/{code}", code).then().body("name", equalTo("Hòa Bình")).body("kind",
                equalTo("PROVINCE"));
    }

    @Test
    void shouldAnswerOneCreatedAndConflictsToConcurrentRegistrationsOfSameCode() throws Exception {
        String code = unique("U");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> postUnit(Map.of("code", code, "name", "Sơn La", "kind", "PROVINCE"))
                        .extract().statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(),
                    statuses.toString());
            org.junit.jupiter.api.Assertions.assertEquals(3, statuses.stream().filter(s -> s == 409).count(),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRejectMalformedJsonAndStoreNothing() {
        String code = unique("U");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\": PROVINCE}")
                .post("/api/v1/units").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-json"))
                .body("status", equalTo(400));
        // cut short
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":")
                .post("/api/v1/units").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-json"));
        assertNotStored(code);
    }

    @Test
    void shouldRejectUnknownFieldAndStoreNothing() {
        String code = unique("U");
        postUnit(Map.of("code", code, "name", "Yên Bái", "kind", "PROVINCE", "population", 800000))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.field", hasItem("population"));
        assertNotStored(code);
    }

    @Test
    void shouldRejectMissingFieldAndStoreNothing() {
        String code = unique("U");
        postUnit(Map.of("code", code, "kind", "PROVINCE"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
        assertNotStored(code);
    }

    @Test
    void shouldRejectUnknownKindAndStoreNothing() {
        String code = unique("U");
        postUnit(Map.of("code", code, "name", "Tuyên Quang", "kind", "STATE"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("kind"));
        assertNotStored(code);
    }

    @Test
    void shouldRejectCodeWithSpacesAndStoreNothing() {
        postUnit(Map.of("code", "not a code", "name", "X", "kind", "PROVINCE"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("code"));
        given().get("/api/v1/units/{code}", "not a code").then().statusCode(404);
    }

    @Test
    void shouldRejectValidityEndingBeforeItStarts() {
        String code = unique("U");
        postUnit(Map.of("code", code, "name", "X", "kind", "PROVINCE", "validFrom", "2020-01-01", "validTo",
                "2019-12-31"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("INVALID_VALIDITY_PERIOD"));
        assertNotStored(code);
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownUnit() {
        given().get("/api/v1/units/{code}", "NO-SUCH-UNIT").then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldFindBacKanIgnoringCaseDiacriticsAndUnicodeForm() {
        String bacKan = unit("Bắc Kạn");
        String other = unit("Bắc Giang");

        for (String q : new String[] {"bac kan", "BẮC KẠN", Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD),
                "Bac Kan", "kạn"}) {
            given().queryParam("q", q).queryParam("size", 200).get("/api/v1/units").then()
                    .statusCode(200)
                    .body("items.code", hasItem(bacKan))
                    .body("items.code", not(hasItem(other)))
                    .body("items.name", not(hasItem("Bắc Giang")));
        }
    }

    @Test
    void shouldFindByDStrokeWrittenAsD() {
        String dienBien = unit("Điện Biên");
        given().queryParam("q", "dien bien").queryParam("size", 200).get("/api/v1/units").then()
                .body("items.code", hasItem(dienBien));
    }

    @Test
    void shouldPageUnitsWithTotal() {
        String marker = "Trang " + unique("P");
        unit(marker + " một");
        unit(marker + " hai");
        unit(marker + " ba");

        given().queryParam("q", marker).queryParam("page", 1).queryParam("size", 2).get("/api/v1/units").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldFilterByKindAndActiveOn() {
        String marker = "Lọc " + unique("F");
        String ended = unit(marker + " cũ", "2000-01-01", "2025-06-30");
        String current = unit(marker + " mới", "2025-07-01", null);
        String city = unique("U");
        postUnit(Map.of("code", city, "name", marker + " thành phố", "kind", "CITY")).statusCode(201);

        given().queryParam("q", marker).queryParam("activeOn", "2025-06-30").get("/api/v1/units").then()
                .body("items.code", hasItem(ended))
                .body("items.code", not(hasItem(current)));
        given().queryParam("q", marker).queryParam("activeOn", "2025-07-01").get("/api/v1/units").then()
                .body("items.code", hasItem(current))
                .body("items.code", not(hasItem(ended)));
        given().queryParam("q", marker).queryParam("kind", "CITY").get("/api/v1/units").then()
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(city));
    }

    @Test
    void shouldRejectUnknownKindFilter() {
        given().queryParam("kind", "STATE").get("/api/v1/units").then()
                .statusCode(containsStatus4xx())
                .contentType(containsString("problem+json"));
    }

    private static org.hamcrest.Matcher<Integer> containsStatus4xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .and(org.hamcrest.Matchers.lessThan(500));
    }

    private static void assertNotStored(String code) {
        given().get("/api/v1/units/{code}", code).then().statusCode(404);
    }
}
