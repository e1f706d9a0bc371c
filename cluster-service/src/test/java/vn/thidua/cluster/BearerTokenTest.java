package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.thidua.cluster.ClusterApi.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import vn.thidua.tokens.CachingJwtParser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * The service checks tokens itself (reached directly, it is no open door): a write with a token that is missing,
 * expired, not yet valid, signed by another key, of another issuer or audience, or {@code alg: none} is 401 with
 * {@code WWW-Authenticate: Bearer} and a problem, and registers nothing. Reference data stays readable anonymously.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class BearerTokenTest {

    @Inject
    JWTParser parser;

    private static final String UNITS = "/api/v1/units";

    @Test
    void shouldRefuseWriteWithoutToken() {
        assertRefused(null);
    }

    @Test
    void shouldRefuseExpiredToken() {
        assertRefused(TestTokens.token().role("central-board")
                .validity(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)).sign());
    }

    @Test
    void shouldRefuseTokenNotYetValid() {
        assertRefused(TestTokens.token().role("central-board")
                .validity(Instant.now().plus(Duration.ofHours(1)), Duration.ofHours(1)).sign());
    }

    @Test
    void shouldRefuseTokenSignedByAnotherKey() {
        assertRefused(TestTokens.token().role("central-board").signedWith(TestTokens.foreignKeys().getPrivate())
                .sign());
    }

    @Test
    void shouldRefuseTokenOfAnotherIssuer() {
        assertRefused(TestTokens.token().role("central-board").issuer("https://idp.example.org").sign());
    }

    @Test
    void shouldRefuseTokenForAnotherAudience() {
        assertRefused(TestTokens.token().role("central-board").claim("aud", "another-app").sign());
    }

    @Test
    void shouldRefuseUnsignedAlgNoneToken() {
        assertRefused(TestTokens.token().role("central-board").unsigned().sign());
    }

    @Test
    void shouldRefuseGarbageToken() {
        assertRefused("not.a.token");
    }

    @Test
    void shouldCheckATokenOnceAndKnowItUntilItExpires() {
        CachingJwtParser tokens = assertInstanceOf(CachingJwtParser.class, parser,
                "the service must check tokens through the suite's memory of verified tokens");
        String token = TestTokens.centralBoard();
        assertNull(tokens.cached(token));
        given().noFilters().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(Map.of("code", unique("U"), "name", "Hà Tĩnh", "kind", "PROVINCE"))
                .post(UNITS).then().statusCode(201);
        assertNotNull(tokens.cached(token), "a verified token is known for the next request");

        String forged = TestTokens.token().role("central-board").signedWith(TestTokens.foreignKeys().getPrivate())
                .sign();
        assertRefused(forged);
        assertNull(tokens.cached(forged), "a refused token is never kept");
    }

    @Test
    void shouldAcceptValidTokenOfTheRightRole() {
        given().noFilters().header("Authorization", "Bearer " + TestTokens.centralBoard())
                .contentType(ContentType.JSON).body(Map.of("code", unique("U"), "name", "Hà Tĩnh", "kind", "PROVINCE"))
                .post(UNITS).then().statusCode(201);
    }

    @Test
    void shouldLetAnyoneReadReferenceDataOpenApiAndHealth() {
        given().noFilters().get(UNITS).then().statusCode(200);
        given().noFilters().get("/api/v1/clusters").then().statusCode(200);
        given().noFilters().get("/q/openapi").then().statusCode(200);
        given().noFilters().get("/q/health").then().statusCode(200);
    }

    @Test
    void shouldNameTheMissingRoleInForbidden() {
        given().noFilters().header("Authorization", "Bearer " + TestTokens.member("15"))
                .contentType(ContentType.JSON).body(Map.of("code", unique("U"), "name", "Yên Bái", "kind", "PROVINCE"))
                .post(UNITS).then().statusCode(403).contentType("application/problem+json")
                .body("type", containsString("forbidden"))
                .body("detail", equalTo("This needs the role central-board"));
    }

    private static void assertRefused(String token) {
        String code = unique("U");
        var request = given().noFilters();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.contentType(ContentType.JSON).body(Map.of("code", code, "name", "Cao Bằng", "kind", "PROVINCE"))
                .post(UNITS).then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", containsString("unauthorized"))
                .body("detail", not(containsString("Exception")));
        given().noFilters().get(UNITS + "/{code}", code).then().statusCode(404);
    }
}
