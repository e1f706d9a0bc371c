package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.TokenKeysTestResource;

/** Three requests per client per minute (profile), so the fourth is 429; clients are counted apart. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
@WithTestResource(FakeServices.class)
@WithTestResource(TokenKeysTestResource.class)
class RateLimitTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thidua.gateway.rate-limit-requests", "3", "thidua.gateway.rate-limit-window", "1M");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceATokenSubjectUsedItsRequests() {
        String busy = TestTokens.token().role("member-unit").subject("busy-unit").sign();
        String other = TestTokens.token().role("member-unit").subject("quiet-unit").sign();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + busy).get("/api/v1/units/HN").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + busy).get("/api/v1/units/HN").then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .contentType("application/problem+json")
                .body("type", containsString("too-many-requests"));
        // another subject from the same address has its own allowance
        given().header("Authorization", "Bearer " + other).get("/api/v1/units/HN").then().statusCode(200);
    }

    @Test
    void shouldCountAnonymousClientsByAddress() {
        int answered429 = 0;
        for (int i = 0; i < 4; i++) {
            if (given().get("/api/v1/clusters").then().extract().statusCode() == 429) {
                answered429++;
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, answered429);
    }
}
