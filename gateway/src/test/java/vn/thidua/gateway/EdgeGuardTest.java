package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.TokenKeysTestResource;

/**
 * What the gateway checks itself before a service sees a request: the token (same issuer, audience and key
 * configuration as the services), the body size, security headers on every answer, and the audit trail of all
 * services in one call.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
@WithTestResource(TokenKeysTestResource.class)
class EdgeGuardTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldPassAValidTokenOnToTheService() {
        String token = TestTokens.centralBoard();
        given().header("Authorization", "Bearer " + token).get("/api/v1/units/HN").then()
                .statusCode(200)
                .body("service", is("cluster-service"))
                .body("headers.authorization", is("Bearer " + token));
        // the body waits while the token is verified, and arrives whole
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"code\":\"HN\",\"name\":\"Hà Nội\"}").post("/api/v1/units").then()
                .statusCode(200)
                .body("body", is("{\"code\":\"HN\",\"name\":\"Hà Nội\"}"));
    }

    @Test
    void shouldLetRequestsWithoutTokenThroughForTheServiceToDecide() {
        given().get("/api/v1/units/HN").then().statusCode(200).body("headers.authorization", nullValue());
    }

    @Test
    void shouldRefuseExpiredToken() {
        assertUnauthorized(TestTokens.token().role("central-board")
                .validity(Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1)).sign());
    }

    @Test
    void shouldRefuseTokenNotYetValid() {
        assertUnauthorized(TestTokens.token().role("central-board")
                .validity(Instant.now().plus(Duration.ofHours(2)), Duration.ofHours(1)).sign());
    }

    @Test
    void shouldRefuseForgedSignature() {
        assertUnauthorized(TestTokens.token().role("central-board")
                .signedWith(TestTokens.foreignKeys().getPrivate()).sign());
    }

    @Test
    void shouldRefuseTokenOfAnotherIssuer() {
        assertUnauthorized(TestTokens.token().role("central-board").issuer("https://evil.example").sign());
    }

    @Test
    void shouldRefuseAlgNoneToken() {
        assertUnauthorized(TestTokens.token().role("central-board").unsigned().sign());
    }

    @Test
    void shouldRefuseAnAuthorizationThatIsNotBearer() {
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/units/HN").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Bearer")).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseJsonBodyOverOneMegabyteWith413Problem() {
        given().contentType("application/json").body("\"" + "x".repeat(1024 * 1024) + "\"")
                .post("/api/v1/units").then()
                .statusCode(413).contentType(PROBLEM)
                .body("type", containsString("payload-too-large"))
                .body("status", is(413));
    }

    @Test
    void shouldAcceptLargerBodyOnAnUploadPath() {
        // the fake service may take longer than the tests' 1 s backend timeout to take 2 MB: only the limit counts
        given().contentType("application/octet-stream").body(new byte[2 * 1024 * 1024])
                .post("/api/v1/nominations/7/documents").then()
                .statusCode(not(413));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/units/HN", "/api/v1/nowhere", "/q/health/live"})
    void shouldSendSecurityHeadersAndNoServerBanner(String path) {
        given().get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Server", nullValue());
    }

    @Test
    void shouldMergeTheAuditTrailOfAllFourServicesOldestFirst() {
        String token = TestTokens.centralBoard();
        given().header("Authorization", "Bearer " + token)
                .queryParam("resourceType", "unit").queryParam("resourceId", "HN")
                .get("/api/v1/audit").then()
                .statusCode(200)
                .body("entries.service", contains("scoring-service", "event-service", "cluster-service",
                        "nomination-service"))
                .body("entries[0].query", equalTo("resourceType=unit&resourceId=HN"))
                .body("entries[0].authorization", equalTo("Bearer " + token));
    }

    @Test
    void shouldPassOnARefusalOfTheAuditTrail() {
        given().header("Authorization", "Bearer " + TestTokens.member("15"))
                .queryParam("actor", "x").queryParam("refuse", "event-service").get("/api/v1/audit").then()
                .statusCode(403).body("detail", containsString("central-board"));
    }

    private static void assertUnauthorized(String token) {
        ValidatableResponse refused = given().header("Authorization", "Bearer " + token)
                .get("/api/v1/units/HN").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(PROBLEM)
                .body("type", containsString("unauthorized"))
                .body("status", is(401));
        // the gateway answered: the fake service would have echoed what it saw
        refused.body("service", nullValue()).body(not(containsString("Exception")));
    }
}
