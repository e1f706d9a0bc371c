package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

@QuarkusTest
@WithEmbeddedInfrastructure
class ClusterResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MIDLANDS = "Cụm thi đua các tỉnh Trung du và miền núi phía Bắc";

    @Test
    void shouldRegisterClusterAnsweringLocationAndEtag() {
        String code = unique("C");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", MIDLANDS, "nameEn", "Northern Midlands and Mountains",
                        "kind", "CLUSTER", "organizerLevel", "CENTRAL"))
                .post("/api/v1/clusters").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/clusters/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("name", equalTo(MIDLANDS))
                .body("nameEn", equalTo("Northern Midlands and Mountains"))
                .body("kind", equalTo("CLUSTER"))
                .body("organizerLevel", equalTo("CENTRAL"));

        given().get("/api/v1/clusters/{c}", code).then().statusCode(200).body("name", equalTo(MIDLANDS));
    }

    @Test
    void shouldRegisterBlocsAtEveryOrganizerLevel() {
        for (String level : new String[] {"CENTRAL", "MINISTRY", "PROVINCE"}) {
            String code = unique("B");
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", "Khối thi đua " + level, "kind", "BLOC", "organizerLevel", level))
                    .post("/api/v1/clusters").then()
                    .statusCode(201)
                    .body("organizerLevel", equalTo(level));
        }
    }

    @Test
    void shouldRejectDuplicateClusterCode() {
        String code = cluster("Cụm một");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Cụm hai", "kind", "BLOC", "organizerLevel", "MINISTRY"))
                .post("/api/v1/clusters").then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("rule", equalTo("DUPLICATE_CLUSTER_CODE"))
                .body("type", equalTo("/problems/duplicate-cluster-code"));
        given().get("/api/v1/clusters/{c}", code).then().body("name", equalTo("Cụm một"));
    }

    @Test
    void shouldRejectBadClusterInputAndStoreNothing() {
        String code = unique("C");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",").post("/api/v1/clusters").then()
                .statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "X", "kind", "CLUSTER", "organizerLevel", "CENTRAL", "chair", "08"))
                .post("/api/v1/clusters").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("chair"));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "X", "kind", "CLUSTER"))
                .post("/api/v1/clusters").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("organizerLevel"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "X", "kind", "GROUP", "organizerLevel", "CENTRAL"))
                .post("/api/v1/clusters").then()
                .statusCode(400).contentType(PROBLEM);

        given().get("/api/v1/clusters/{c}", code).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldFindClustersIgnoringCaseAndDiacritics() {
        String marker = unique("Q");
        String code = unique("C");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Cụm thi đua Đồng bằng sông Hồng " + marker,
                        "nameEn", "Red River Delta", "kind", "CLUSTER", "organizerLevel", "CENTRAL"))
                .post("/api/v1/clusters").then().statusCode(201);

        for (String q : new String[] {"dong bang song hong " + marker, "ĐỒNG BẰNG SÔNG HỒNG " + marker,
                Normalizer.normalize("Đồng bằng sông Hồng " + marker, Normalizer.Form.NFD)}) {
            given().queryParam("q", q).get("/api/v1/clusters").then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].code", equalTo(code));
        }
        given().queryParam("q", code.toLowerCase()).get("/api/v1/clusters").then().body("items.code", contains(code));
    }

    @Test
    void shouldAnswerNotFoundForUnknownClusterAndMissingYear() {
        given().get("/api/v1/clusters/{c}", "NO-SUCH").then().statusCode(404).contentType(PROBLEM);
        String code = cluster("Cụm trống");
        given().get("/api/v1/clusters/{c}/years/{y}", code, 2024).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString(code + "/2024"));
        ClusterApi.putMembers("NO-SUCH", 2024, "08").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRejectYearOutOfRange() {
        String code = cluster("Cụm");
        given().get("/api/v1/clusters/{c}/years/{y}", code, 99999).then().statusCode(400).contentType(PROBLEM);
    }
}
