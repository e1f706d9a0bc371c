package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BackendDownTest.ClusterServiceDown.class)
class BackendDownTest {

    /**
     * cluster-service at a port where nothing listens: the connection is refused. Timeouts far longer than any
     * scheduling delay of a loaded machine, so an answer well inside them can only come from the refusal.
     */
    public static class ClusterServiceDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thidua.gateway.cluster-url", "http://localhost:" + closedPort(),
                    "thidua.gateway.connect-timeout", "60s",
                    "thidua.gateway.request-timeout", "60s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void shouldAnswer503ProblemWhenBackendIsDown() {
        given().when().get("/q/health/live").then().statusCode(200); // warm up the client, not part of the timing
        long start = System.nanoTime();

        given().header("X-Request-Id", "down-1")
                .contentType("application/json")
                .body("{\"code\":\"HN\",\"name\":\"Hà Nội\",\"kind\":\"CITY\"}")
                .when().post("/api/v1/units?dryRun=true")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("X-Request-Id", "down-1")
                .body("type", is("/problems/service-unavailable"))
                .body("title", is("Service unavailable"))
                .body("status", is(503))
                .body("detail", is("cluster-service is not reachable"))
                .body("instance", is("/api/v1/units"))
                .body("requestId", is("down-1"))
                // no internal host, port or exception in what the client sees
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("localhost")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));

        // answered on the refusal, not after waiting out a timeout
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30);
    }

    @Test
    void shouldKeepAnsweringOnTheSameConnectionAfterABackendFailure() {
        // the refused request's body was drained, so the next request on a kept-alive connection still works
        for (int i = 0; i < 3; i++) {
            given().body("x".repeat(10_000)).when().put("/api/v1/clusters/CUM-1").then().statusCode(503);
        }
        given().when().get("/internal/x").then().statusCode(404);
    }
}
