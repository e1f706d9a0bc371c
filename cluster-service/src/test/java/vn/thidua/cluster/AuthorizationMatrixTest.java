package vn.thidua.cluster;

import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unique;
import static vn.thidua.cluster.ClusterApi.unit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.AuthorizationMatrix;
import vn.thidua.testsupport.AuthorizationMatrix.Call;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** Every write of cluster-service: the central board only; anyone else 403, no token 401, nothing changed. */
@QuarkusTest
@WithEmbeddedInfrastructure
class AuthorizationMatrixTest {

    @Test
    void shouldLetOnlyTheCentralBoardChangeReferenceData() {
        AuthorizationMatrix.verify("cluster-service", Map.of(
                "POST /api/v1/units", () -> new Call(
                        Map.of("code", unique("U"), "name", "Tỉnh Hà Giang", "kind", "PROVINCE"), null, 201),
                "POST /api/v1/unit-mergers", () -> new Call(Map.of("effectiveDate", "2025-07-01",
                        "successorCode", unit("Tuyên Quang"), "sourceCodes", List.of(unit("Hà Giang"))), null, 201),
                "POST /api/v1/clusters", () -> new Call(Map.of("code", unique("C"), "name", "Cụm thi đua",
                        "kind", "CLUSTER", "organizerLevel", "CENTRAL"), null, 201),
                "PUT /api/v1/clusters/{code}/years/{year}/members", () -> new Call(
                        Map.of("unitCodes", List.of(unit("Lào Cai"))), null, 200, cluster("Cụm biên giới"), 2025),
                "PUT /api/v1/clusters/{code}/years/{year}/leadership", () -> {
                    String cluster = cluster("Cụm miền núi");
                    String chair = unit("Lai Châu");
                    putMembers(cluster, 2025, chair).statusCode(200);
                    return new Call(Map.of("chairUnitCode", chair), null, 200, cluster, 2025);
                }));
    }
}
