package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.unique;
import static vn.thidua.cluster.ClusterApi.unit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.PostgresTestResource;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Every accepted write leaves one audit row (who, role, what, request id, outcome) committed with the change; a
 * refused write leaves none; the database refuses to change or remove a row; the central board reads the trail.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class AuditTrailTest {

    private static final String AUDIT = "/api/v1/audit";

    @Test
    void shouldRecordWhoDidWhatUnderWhichRequest() {
        String board = TestTokens.token().role("central-board").subject("board-officer-7").sign();
        String code = unique("U");
        String requestId = "req-" + code;
        TestTokens.as(board).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Điện Biên", "kind", "PROVINCE"))
                .post("/api/v1/units").then().statusCode(201);

        given().queryParam("resourceType", "unit").queryParam("resourceId", code).get(AUDIT).then()
                .statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].subject", equalTo("board-officer-7"))
                .body("entries[0].role", equalTo("central-board"))
                .body("entries[0].action", equalTo("register"))
                .body("entries[0].resourceType", equalTo("unit"))
                .body("entries[0].resourceId", equalTo(code))
                .body("entries[0].requestId", equalTo(requestId))
                .body("entries[0].outcome", equalTo("201"))
                .body("entries[0].service", equalTo("cluster-service"));
    }

    @Test
    void shouldFindAnActorsTrailWithinATimeRange() {
        String subject = unique("officer");
        String token = TestTokens.token().role("central-board").subject(subject).sign();
        Instant before = Instant.now().minusSeconds(1);
        String cluster = cluster("Cụm Tây Bắc");
        String member = unit("Sơn La");
        TestTokens.as(token).contentType(ContentType.JSON).body(Map.of("unitCodes", List.of(member)))
                .put("/api/v1/clusters/{c}/years/{y}/members", cluster, 2025).then().statusCode(200);

        given().queryParam("actor", subject).queryParam("from", before.toString()).get(AUDIT).then()
                .statusCode(200)
                .body("entries.action", contains("replace-roster"))
                .body("entries[0].resourceId", equalTo(cluster + "/2025"));
        given().queryParam("actor", subject).queryParam("to", before.toString()).get(AUDIT).then()
                .statusCode(200).body("entries", empty());
    }

    @Test
    void shouldLeaveNoRowForARefusedWrite() {
        String code = unit("Lạng Sơn");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Lạng Sơn", "kind", "PROVINCE"))
                .post("/api/v1/units").then().statusCode(409);
        given().queryParam("resourceType", "unit").queryParam("resourceId", code).get(AUDIT).then()
                .body("entries", hasSize(1));
    }

    @Test
    void shouldLetOnlyTheCentralBoardReadTheTrail() {
        TestTokens.as(TestTokens.secretariat("C1")).queryParam("actor", "x").get(AUDIT).then().statusCode(403);
        given().noFilters().queryParam("actor", "x").get(AUDIT).then().statusCode(401);
        given().get(AUDIT).then().statusCode(400).body("detail", containsString("resource"));
    }

    @Test
    void shouldRefuseToUpdateDeleteOrTruncateAuditRows() throws SQLException {
        unit("Hà Giang");
        try (Connection connection = PostgresTestResource.connect("postgres");
                Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_entry set subject = 'someone-else'"));
            assertEquals(true, update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from audit_entry"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_entry"));
        }
    }
}
