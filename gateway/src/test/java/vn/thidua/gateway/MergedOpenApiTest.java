package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.TokenKeysTestResource;

/** Uses the fake service documents of src/test/resources/META-INF/openapi/<service>/openapi.yaml. */
@QuarkusTest
@WithTestResource(FakeServices.class)
@WithTestResource(TokenKeysTestResource.class)
class MergedOpenApiTest {

    @Test
    void shouldMergeThePathsOfAllFourServices() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/units"))
                .body("paths", hasKey("/api/v1/clusters/{code}"))
                .body("paths", hasKey("/api/v1/scoring-tables"))
                .body("paths", hasKey("/api/v1/nominations"))
                .body("paths", hasKey("/api/v1/public/awards"))
                .body("paths", hasKey("/api/v1/conferences"))
                .body("paths", hasKey("/api/v1/pledges/{clusterCode}/{year}"))
                .body("components.schemas", hasKey("UnitView"))
                .body("components.schemas", hasKey("ScoringTableView"));
    }

    @Test
    void shouldDescribeTheSuiteNotOneService() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", is("thidua API"))
                .body("info.version", is("1.0.0-SNAPSHOT"))
                .body("info.description", containsString("Thi đua, khen thưởng"));
    }

    @Test
    void shouldListOnlyWhatTheGatewayRoutes() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", everyItem(startsWith("/api/v1/")))
                .body("paths", not(hasKey("/internal/rosters/{clusterCode}/{year}")))
                .body("servers", nullValue());
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
