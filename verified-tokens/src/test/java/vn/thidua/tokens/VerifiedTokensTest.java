package vn.thidua.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** The memory of verified tokens: never past a token's expiry, never unbounded. */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    @Test
    void shouldKnowAVerifiedTokenUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        JsonWebToken jwt = expiringAt(NOW + 60);
        tokens.put("a.b.c", jwt, NOW);
        assertSame(jwt, tokens.get("a.b.c", NOW));
        assertSame(jwt, tokens.get("a.b.c", NOW + 59));
        assertNull(tokens.get("a.b.c", NOW + 60), "at its expiry the token must be verified again");
        assertEquals(0, tokens.size(), "an expired token is forgotten");
    }

    @Test
    void shouldNotKnowATokenItNeverVerified() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.put("a.b.c", expiringAt(NOW + 60), NOW);
        assertNull(tokens.get("a.b.x", NOW), "a token differing in its signature is another token");
    }

    @Test
    void shouldNotKeepATokenAlreadyExpired() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.put("a.b.c", expiringAt(NOW), NOW);
        assertEquals(0, tokens.size());
    }

    @Test
    void shouldStayWithinItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(3);
        tokens.put("expired", expiringAt(NOW + 1), NOW);
        tokens.put("t1", expiringAt(NOW + 600), NOW);
        tokens.put("t2", expiringAt(NOW + 600), NOW);
        tokens.put("t3", expiringAt(NOW + 600), NOW + 10); // full: the expired one makes room
        assertEquals(3, tokens.size());
        assertNull(tokens.get("expired", NOW + 10));
        tokens.put("t4", expiringAt(NOW + 600), NOW + 10); // full of live tokens: start afresh
        assertEquals(1, tokens.size());
        assertNull(tokens.get("t1", NOW + 10));
    }

    private static JsonWebToken expiringAt(long exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("devstack-central-board");
        claims.setExpirationTime(NumericDate.fromSeconds(exp));
        return new DefaultJWTCallerPrincipal("JWT", claims);
    }
}
