package vn.thidua.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.thidua.testsupport.AuthorizationMatrix;

/**
 * Every write operation (POST, PUT, PATCH, DELETE) of the services' real OpenAPI documents, the ones this build
 * merges into {@code /q/openapi}, has its row in the authorization matrix that each service's test runs in full, and
 * the matrix names no operation that does not exist: an endpoint added without saying who may call it fails here.
 * (The devstack's end-to-end test walks the merged document the running gateway serves.)
 */
class WriteOperationsCoverageTest {

    private static final List<String> SERVICES = List.of("cluster-service", "scoring-service", "nomination-service",
            "event-service");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void shouldHaveAnAuthorizationMatrixRowForEveryWriteOperation() throws IOException {
        Path documents = Path.of("target/classes/META-INF/openapi");
        assumeTrue(Files.exists(documents.resolve("cluster-service/openapi.yaml")),
                "the services' documents are not copied (-Dgateway.service-docs.skip=true)");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String service : SERVICES) {
            JsonNode openApi = yaml.readTree(documents.resolve(service).resolve("openapi.yaml").toFile());
            Set<String> writes = new TreeSet<>();
            openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> {
                        if (WRITES.contains(method) && path.getKey().startsWith("/api/")) {
                            writes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                        }
                    }));
            Set<String> matrix = AuthorizationMatrix.of(service).stream().map(AuthorizationMatrix.Operation::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(writes, matrix, service + ": write operations of its OpenAPI document vs. its rows in "
                    + "test-support's authorization-matrix.tsv");
        }
    }
}
