package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

@QuarkusTest
@WithEmbeddedInfrastructure
class OpenApiAndHealthTest {

    @Test
    void shouldDescribeEveryPublicPathWithSuiteUniqueSchemaNames() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo("cluster-service"))
                .body("paths", hasKey("/api/v1/units"))
                .body("paths", hasKey("/api/v1/units/{code}"))
                .body("paths", hasKey("/api/v1/units/{code}/memberships"))
                .body("paths", hasKey("/api/v1/unit-mergers"))
                .body("paths", hasKey("/api/v1/clusters"))
                .body("paths", hasKey("/api/v1/clusters/{code}"))
                .body("paths", hasKey("/api/v1/clusters/{code}/years/{year}"))
                .body("paths", hasKey("/api/v1/clusters/{code}/years/{year}/members"))
                .body("paths", hasKey("/api/v1/clusters/{code}/years/{year}/leadership"))
                .body("paths", hasKey("/api/v1/clusters/{code}/years/{year}/leadership-resolutions"))
                .body("components.schemas", hasKey("UnitView"))
                .body("components.schemas", hasKey("ClusterView"))
                .body("components.schemas", hasKey("ClusterYearView"))
                .body("components.schemas", hasKey("UnitMembershipView"))
                .body("components.schemas", hasKey("RegisterUnitRequest"));
    }

    @Test
    void shouldBeReadyWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
