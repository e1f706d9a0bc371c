package vn.thidua.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** A token's signature is checked once, and again once it has expired; a refused token is never kept. */
class CachingJwtParserTest {

    private static final long NOW = 1_800_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final List<String> verified = new ArrayList<>();
    private final JsonWebToken valid = expiringAt(NOW + 60);

    /** The delegate: "good" verifies (and is counted), anything else is refused. */
    private final CachingJwtParser parser = new CachingJwtParser(new DefaultJWTParser() {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.equals("good")) {
                throw new ParseException("bad signature");
            }
            return valid;
        }
    }, 10, clock::get);

    @Test
    void shouldVerifyAGoodTokenOnlyOnceUntilItExpires() throws ParseException {
        assertNull(parser.cached("good"));
        assertSame(valid, parser.parse("good"));
        assertSame(valid, parser.parse("good"));
        assertSame(valid, parser.cached("good"));
        assertEquals(List.of("good"), verified);

        clock.set(NOW + 60);
        assertNull(parser.cached("good"), "an expired token is not answered from memory");
        parser.parse("good");
        assertEquals(List.of("good", "good"), verified, "at its expiry the token goes to the delegate again");
    }

    @Test
    void shouldVerifyARefusedTokenEveryTime() {
        assertThrows(ParseException.class, () -> parser.parse("forged"));
        assertThrows(ParseException.class, () -> parser.parse("forged"));
        assertNull(parser.cached("forged"));
        assertEquals(List.of("forged", "forged"), verified);
    }

    private static JsonWebToken expiringAt(long exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("devstack-central-board");
        claims.setExpirationTime(NumericDate.fromSeconds(exp));
        return new DefaultJWTCallerPrincipal("JWT", claims);
    }
}
