package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.merge;
import static vn.thidua.cluster.ClusterApi.putLeadership;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

@QuarkusTest
@WithEmbeddedInfrastructure
class UnitMergerResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldEndSourcesTheDayBeforeAndLinkThemToTheSuccessor() {
        String ninhBinh = unit("Ninh Bình");
        String haNam = unit("Hà Nam");
        String namDinh = unit("Nam Định");

        String location = merge("2025-07-01", ninhBinh, namDinh, haNam)
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/unit-mergers/\\d+"))
                .body("effectiveDate", equalTo("2025-07-01"))
                .body("successorCode", equalTo(ninhBinh))
                .body("sourceCodes", containsInAnyOrder(haNam, namDinh))
                .extract().header("Location");

        given().get(location).then().statusCode(200).body("successorCode", equalTo(ninhBinh));
        for (String source : new String[] {haNam, namDinh}) {
            given().get("/api/v1/units/{u}", source).then()
                    .body("validTo", equalTo("2025-06-30"))
                    .body("successorCode", equalTo(ninhBinh));
        }
        given().get("/api/v1/units/{u}", ninhBinh).then()
                .body("validTo", nullValue())
                .body("successorCode", nullValue())
                .body("predecessorCodes", containsInAnyOrder(haNam, namDinh));
        given().queryParam("unitCode", haNam).get("/api/v1/unit-mergers").then()
                .body("total", equalTo(1))
                .body("items[0].successorCode", equalTo(ninhBinh));
    }

    @Test
    void shouldRefuseMergingUnitThatAlreadyEnded() {
        String laoCai = unit("Lào Cai");
        String yenBai = unit("Yên Bái");
        merge("2025-07-01", laoCai, yenBai).statusCode(201);

        merge("2025-07-01", laoCai, yenBai)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("rule", equalTo("UNIT_ALREADY_ENDED"));
        given().queryParam("unitCode", yenBai).get("/api/v1/unit-mergers").then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseSuccessorAmongSources() {
        String a = unit("Bắc Ninh");
        String b = unit("Bắc Giang");
        merge("2025-07-01", a, a, b).statusCode(422).body("rule", equalTo("MERGER_SUCCESSOR_IS_SOURCE"));
        given().get("/api/v1/units/{u}", b).then().body("validTo", nullValue());
    }

    @Test
    void shouldRefuseUnknownUnitsInMerger() {
        String a = unit("Hải Phòng");
        merge("2025-07-01", a, "NO-SUCH-UNIT").statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("UNKNOWN_UNIT")).body("detail", containsString("NO-SUCH-UNIT"));
    }

    @Test
    void shouldRefuseSuccessorThatHasEndedByTheEffectiveDate() {
        String ended = unit("Cũ", null, "2020-12-31");
        String source = unit("Nguồn");
        merge("2025-07-01", ended, source).statusCode(422).body("rule", equalTo("MERGER_SUCCESSOR_NOT_VALID"));
    }

    @Test
    void shouldRefuseMergerWhileSourceIsInLaterYearsRoster() {
        String successor = unit("Tuyên Quang");
        String haGiang = unit("Hà Giang");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2026, haGiang, successor).statusCode(200);

        merge("2025-07-01", successor, haGiang)
                .statusCode(409)
                .body("rule", equalTo("MERGER_CONFLICTS_WITH_ROSTER"))
                .body("detail", containsString(cluster + "/2026"));
        given().get("/api/v1/units/{u}", haGiang).then().body("validTo", nullValue());
    }

    @Test
    void shouldRejectBadMergerInput() {
        String a = unit("A");
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2025-07-01", "successorCode", a))
                .post("/api/v1/unit-mergers").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", "01/07/2025", "successorCode", a, "sourceCodes", java.util.List.of("x")))
                .post("/api/v1/unit-mergers").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldShowPredecessorsSeasonsWhenAskedForTheSuccessorsHistory() {
        String thaiNguyen = unit("Thái Nguyên");
        String bacKan = unit("Bắc Kạn");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2023, thaiNguyen, bacKan).statusCode(200);
        putLeadership(cluster, 2023, bacKan, null).statusCode(200);
        merge("2025-07-01", thaiNguyen, bacKan).statusCode(201);

        given().get("/api/v1/units/{u}/memberships", thaiNguyen).then()
                .body("items.unitCode", contains(thaiNguyen));
        given().queryParam("includePredecessors", true).get("/api/v1/units/{u}/memberships", thaiNguyen).then()
                .body("total", equalTo(2))
                .body("items.unitCode", containsInAnyOrder(thaiNguyen, bacKan))
                .body("items.find { it.unitCode == '" + bacKan + "' }.role", equalTo("CHAIR"));
        // history stays on the old unit
        given().get("/api/v1/units/{u}/memberships", bacKan).then().body("items.role", contains("CHAIR"));
    }
}
