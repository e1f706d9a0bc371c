package vn.thidua.tokens;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * A {@link JWTParser} that verifies a bearer token once and answers from {@link VerifiedTokens} until the token
 * expires. Only {@link #parse(String)}, the check of a request's token against the configured issuer, audience and
 * keys, is kept; the other operations take keys or a context from the caller and always go to the delegate.
 */
public class CachingJwtParser implements JWTParser {

    private final JWTParser delegate;
    private final VerifiedTokens verified;
    private final LongSupplier epochSeconds;

    public CachingJwtParser(JWTParser delegate, int capacity) {
        this(delegate, capacity, () -> Instant.now().getEpochSecond());
    }

    CachingJwtParser(JWTParser delegate, int capacity, LongSupplier epochSeconds) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(capacity);
        this.epochSeconds = epochSeconds;
    }

    /** The token when it was verified here and has not expired since, else null; never verifies, never blocks. */
    public JsonWebToken cached(String token) {
        return verified.get(token, epochSeconds.getAsLong());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = cached(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = delegate.parse(token); // a refused token throws: nothing is kept
        verified.put(token, jwt, epochSeconds.getAsLong());
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
