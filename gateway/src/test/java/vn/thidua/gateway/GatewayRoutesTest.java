package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.TokenKeysTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(FakeServices.class)
@WithTestResource(TokenKeysTestResource.class)
class GatewayRoutesTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @CsvSource({
            "/api/v1/units, cluster-service",
            "/api/v1/units/HN/memberships, cluster-service",
            "/api/v1/unit-mergers, cluster-service",
            "/api/v1/clusters/CUM-1/years/2024, cluster-service",
            "/api/v1/scoring-tables/42/ranking, scoring-service",
            "/api/v1/award-types, nomination-service",
            "/api/v1/nominations/7, nomination-service",
            "/api/v1/public/awards, nomination-service",
            "/api/v1/conferences/9, event-service",
            "/api/v1/pledges/CUM-1/2024, event-service" })
    void shouldRouteEachPrefixToItsServiceWithTheSamePathAndQuery(String path, String service) {
        String uri = path + "?q=b%E1%BA%AFc%20k%E1%BA%A1n&year=2024&year=2025";
        given().urlEncodingEnabled(false)
                .when().get(uri)
                .then().statusCode(200)
                .body("service", is(service))
                .body("method", is("GET"))
                .body("uri", is(uri));
    }

    @Test
    void shouldPassMethodHeadersBodyAndStatusThroughUnchanged() {
        String body = "{\"clusterCode\":\"CUM-1\",\"year\":2024,\"nominee\":{\"name\":\"Sở Nội vụ Bắc Kạn\"}}";
        String token = TestTokens.centralBoard();
        Response response = given()
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "k-123")
                .header("If-Match", "\"2\"")
                .header("X-Fake-Status", "201")
                .contentType("application/json; charset=UTF-8")
                .body(body)
                .when().post("/api/v1/nominations");

        response.then().statusCode(201)
                .header("ETag", "\"3\"")
                // the service built it from the Host it saw: the gateway's, since the proxy keeps it
                .header("Location", "http://localhost:" + RestAssured.port + "/api/v1/nominations/new-1")
                .body("service", is("nomination-service"))
                .body("method", is("POST"))
                .body("host", is("localhost:" + RestAssured.port))
                .body("body", is(body))
                .body("headers.authorization", is("Bearer " + token))
                .body("headers.idempotency-key", is("k-123"))
                .body("headers.if-match", is("\"2\""))
                .body("headers.content-type", is("application/json; charset=UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 204, 400, 404, 409, 412, 422, 500 })
    void shouldPassTheServiceStatusThrough(int status) {
        given().header("X-Fake-Status", status).body("{}")
                .when().put("/api/v1/clusters/CUM-1/years/2024/members")
                .then().statusCode(status);
    }

    @Test
    void shouldGenerateRequestIdWhenAbsentAndSendItToTheService() {
        Response response = given().when().get("/api/v1/award-types");

        String id = response.header("X-Request-Id");
        assertTrue(id.matches(UUID), id);
        response.then().body("headers.x-request-id", is(id));
        // set, not added: the service's echo does not make a second header
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void shouldPropagateTheClientRequestIdToTheServiceAndEchoIt() {
        given().header("X-Request-Id", "portal-7f3a")
                .when().get("/api/v1/scoring-tables?clusterCode=CUM-1")
                .then().statusCode(200)
                .header("X-Request-Id", "portal-7f3a")
                .body("headers.x-request-id", is("portal-7f3a"));
    }

    @Test
    void shouldReplaceARequestIdThatIsTooLongOrHasSpaces() {
        given().header("X-Request-Id", "x".repeat(200))
                .when().get("/api/v1/units")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "a b")
                .when().get("/api/v1/units")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldAnswer404ProblemForInternalPaths() {
        given().header("X-Request-Id", "r-404")
                .when().get("/internal/rosters/x/2024")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "r-404")
                .body("type", is("/problems/not-found"))
                .body("title", is("Not found"))
                .body("status", is(404))
                .body("instance", is("/internal/rosters/x/2024"))
                .body("requestId", is("r-404"))
                .body("service", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/unknown", "/api/v1/unitsX", "/api/v2/units", "/api" })
    void shouldAnswer404ProblemForUnknownApiPaths(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("requestId", matchesPattern(UUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/units/../../../internal/rosters/x/2024",
            "/api/v1/units/%2e%2e/%2E%2E/%2e%2e/internal/rosters/x/2024" })
    void shouldNotLetDotSegmentsLeaveAPublicPrefix(String rawPath) throws Exception {
        // java.net.http sends the path as given; RestAssured would normalize it first
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/problems/not-found"), response.body());
    }

    @Test
    void shouldProxyOnConnectionsOfTheEventLoopThatReadTheRequest() {
        // a new client connection per request: the gateway's event loops take them in turn
        Set<Integer> serviceConnections = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            serviceConnections.add(given().header("Connection", "close").get("/api/v1/units")
                    .then().statusCode(200).extract().path("peerPort"));
        }
        // one pool for all loops hands the one idle connection to each of these requests in turn
        assertTrue(serviceConnections.size() > 1, "connections to the service: " + serviceConnections);
    }

    @Test
    void shouldAnswer504ProblemWhenTheServiceStaysSilent() {
        long start = System.nanoTime();
        given().header("X-Request-Id", "slow-1")
                .when().get("/api/v1/units/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", is("/problems/gateway-timeout"))
                .body("detail", is("cluster-service did not answer in time"))
                .body("requestId", is("slow-1"));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000);
    }

    @Test
    void shouldAnswer502ProblemWhenTheServiceDropsTheConnection() {
        given().when().get("/api/v1/conferences/9/drop")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", is("/problems/bad-gateway"))
                .body("detail", is("event-service broke off the exchange"));
    }

    @Test
    void shouldDropTheServiceHopByHopHeaders() {
        given().when().get("/api/v1/units/HN")
                .then().statusCode(200)
                .header("X-Hop", nullValue())
                .header("Keep-Alive", nullValue());
    }

    @Test
    void shouldTagMetricsByRoutePrefixNotByRawPath() {
        given().when().get("/api/v1/units/METRIC-1").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("uri=\"/api/v1/units/**\""))
                .body(not(containsString("METRIC-1")));
    }

    @Test
    void shouldAnswerCorsPreflightForAConfiguredOrigin() {
        given().header("Origin", "https://portal.thidua.test")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization, If-Match, Idempotency-Key")
                .when().options("/api/v1/units/HN")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.thidua.test")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldExposeEtagLocationAndRequestIdToBrowsers() {
        Response response = given().header("Origin", "https://portal.thidua.test")
                .when().get("/api/v1/units/HN");

        response.then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        // the service's own "*" is dropped: the gateway's answer is the only one
        assertEquals(List.of("https://portal.thidua.test"),
                response.headers().getValues("Access-Control-Allow-Origin"));
    }

    @Test
    void shouldRefuseCorsForAnOriginNotConfigured() {
        // fails if the origins were "*" or unset-as-anything: the browser would get an allow header
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/units/HN")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .when().get("/api/v1/units/HN")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldServeHealthAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
