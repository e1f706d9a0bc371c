package vn.thidua.support.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import vn.thidua.tokens.CachingJwtParser;

/**
 * The parser every service checks bearer tokens with: smallrye-jwt's, behind the suite's memory of verified tokens
 * (as at the gateway). A client sends the same token with every request, and checking its RSA signature each time was
 * about an eighth of a roster write's CPU in cluster-service. A token is checked again once it expires.
 */
public class VerifiedTokenParser {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    CachingJwtParser parser(DefaultJWTParser verifier) {
        return new CachingJwtParser(verifier, 10_000);
    }
}
