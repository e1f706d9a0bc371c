package vn.thidua.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every public path of the services' real OpenAPI documents (the ones merged into {@code /q/openapi}) is routed by
 * the gateway to the service that serves it: a path the merged document promises but the gateway answers with 404
 * fails here. The audit trail is the gateway's own fan-out, not a route.
 */
class PublicRoutesCoverageTest {

    private static final List<String> SERVICES = List.of("cluster-service", "scoring-service", "nomination-service",
            "event-service");

    @Test
    void shouldRouteEveryPublicPathOfTheServicesDocumentsToItsService() throws IOException {
        Path documents = Path.of("target/classes/META-INF/openapi");
        assumeTrue(Files.exists(documents.resolve("cluster-service/openapi.yaml")),
                "the services' documents are not copied (-Dgateway.service-docs.skip=true)");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Optional<String>> wrong = new TreeMap<>();
        for (String service : SERVICES) {
            JsonNode openApi = yaml.readTree(documents.resolve(service).resolve("openapi.yaml").toFile());
            openApi.path("paths").fieldNames().forEachRemaining(path -> {
                if (path.startsWith("/api/") && !path.equals("/api/v1/audit")) {
                    // a template segment stands for any value: route it as a client would send it
                    String concrete = path.replaceAll("\\{[^}]+}", "X1");
                    Optional<String> routed = RouteTable.PUBLIC.serviceFor(concrete);
                    if (!routed.equals(Optional.of(service))) {
                        wrong.put(service + " " + path, routed);
                    }
                }
            });
        }
        assertEquals(Map.of(), wrong, "paths of a service's document not routed to it (→ where the gateway sends them)");
    }
}
