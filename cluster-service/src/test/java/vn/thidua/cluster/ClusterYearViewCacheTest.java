package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.PostgresTestResource;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * The cluster-year read is cached, and stays correct: a change committed by anyone (here: straight in the database,
 * as another instance or an operator would) shows within moments, and a write through the API shows at once.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class ClusterYearViewCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void shouldAnswerARepeatedReadFromTheCache() {
        String a = unit("Thái Nguyên");
        String c = cluster("Cụm đo bộ nhớ đệm");
        putMembers(c, 2031, a).statusCode(200);
        read(c, 2031); // the first read after the write fills the cache
        double before = hits();
        read(c, 2031);
        read(c, 2031);
        assertEquals(before + 2, hits(), "both reads answered from the cache");
    }

    @Test
    void shouldShowAChangeCommittedOutsideThisInstance() throws SQLException, InterruptedException {
        String a = unit("Bắc Kạn");
        String c = cluster("Cụm đổi tên ngoài dịch vụ");
        putMembers(c, 2031, a).statusCode(200);
        read(c, 2031);
        read(c, 2031); // cached now
        try (Connection connection = PostgresTestResource.connect("postgres");
                PreparedStatement rename = connection.prepareStatement("update unit set name = ? where code = ?")) {
            rename.setString(1, "Bắc Kạn (đổi tên)");
            rename.setString(2, a);
            assertEquals(1, rename.executeUpdate());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!read(c, 2031).equals(List.of("Bắc Kạn (đổi tên)"))) {
            assertTrue(System.nanoTime() < deadline, "the renamed unit did not show within 5 s: the cache is stale");
            Thread.sleep(20);
        }
    }

    @Test
    void shouldShowItsOwnWriteAtOnce() {
        String a = unit("Lào Cai");
        String b = unit("Yên Bái");
        String c = cluster("Cụm đọc lại ngay");
        putMembers(c, 2031, a).statusCode(200);
        read(c, 2031);
        read(c, 2031);
        for (int i = 0; i < 20; i++) { // the write's answer and the next read are closer than any notification
            putMembers(c, 2031, i % 2 == 0 ? new String[] {a, b} : new String[] {a}).statusCode(200);
            given().get("/api/v1/clusters/{c}/years/{y}", c, 2031).then().statusCode(200)
                    .body("members.unitCode", i % 2 == 0 ? contains(a, b) : contains(a));
        }
    }

    private static List<String> read(String cluster, int year) {
        return given().get("/api/v1/clusters/{c}/years/{y}", cluster, year).then().statusCode(200)
                .extract().jsonPath().getList("members.name", String.class);
    }

    private double hits() {
        return registry.counter("thidua.read.cache", "view", "cluster-year", "result", "hit").count();
    }
}
