package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.TokenKeysTestResource;

/**
 * The gateway's document against the services' real ones, as their builds wrote them
 * ({@code <service>/target/openapi/openapi.json}; this module's build copies them under META-INF/openapi/<service>/):
 * every routed operation and every schema of each is offered, nothing else.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
@WithTestResource(TokenKeysTestResource.class)
class MergedOpenApiTest {

    private static final List<String> SERVICES = List.of("cluster-service", "scoring-service", "nomination-service",
            "event-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldOfferEveryOperationAndSchemaOfEachServicesBuiltDocument() throws IOException {
        JsonNode merged = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Set<String> expectedPaths = new TreeSet<>();
        for (String service : SERVICES) {
            JsonNode document = JSON.readTree(Path.of("..", service, "target", "openapi", "openapi.json").toFile());
            List<String> paths = names(document.get("paths"));
            assertFalse(paths.isEmpty(), service + " documents no path");
            for (String path : paths) {
                // The gateway documents what it routes (RouteTable, api.md); a service's other paths stay internal.
                if (RouteTable.PUBLIC.serviceFor(path).isEmpty()) {
                    assertFalse(merged.get("paths").has(path), service + ": unrouted " + path + " documented");
                    continue;
                }
                assertEquals(service, RouteTable.PUBLIC.serviceFor(path).get(), path + " is routed to another service");
                expectedPaths.add(path);
                assertTrue(merged.get("paths").has(path), service + ": " + path + " missing from the gateway's document");
                assertEquals(names(document.get("paths").get(path)), names(merged.get("paths").get(path)),
                        service + ": operations of " + path);
            }
            for (String schema : names(document.path("components").path("schemas"))) {
                assertTrue(merged.path("components").path("schemas").has(schema),
                        service + ": schema " + schema + " missing from the gateway's document");
            }
        }
        assertEquals(expectedPaths, new TreeSet<>(names(merged.get("paths"))), "paths no service documents");
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

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        if (object != null) {
            object.fieldNames().forEachRemaining(names::add);
        }
        names.sort(null);
        return names;
    }
}
