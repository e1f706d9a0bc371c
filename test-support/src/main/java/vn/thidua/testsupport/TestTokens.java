package vn.thidua.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

/**
 * Bearer tokens for tests, signed with a key pair generated for this test JVM (nothing secret is committed). The
 * services of a {@link WithEmbeddedInfrastructure} test trust its public key ({@link TokenKeysTestResource});
 * {@link #actAs(String)} makes every following RestAssured call of the test carry a token.
 */
public final class TestTokens {

    public static final String ISSUER = "https://thidua.vn/devstack";
    public static final String AUDIENCE = "thidua";
    // JVM-wide (system properties), because test resources and tests may run in different class loaders.
    private static final String PRIVATE_PROPERTY = "thidua.test.jwt.private-key";
    private static final String PUBLIC_PROPERTY = "thidua.test.jwt.public-key";

    private TestTokens() {
    }

    public static String centralBoard() {
        return token().role("central-board").sign();
    }

    public static String secretariat(String cluster) {
        return token().role("cluster-secretariat").claim("cluster", cluster).sign();
    }

    public static String member(String unit) {
        return token().role("member-unit").claim("unit", unit).sign();
    }

    /** Every following RestAssured call of this test carries the token (null: none), unless it names its own. */
    public static void actAs(String token) {
        List<Filter> others = new ArrayList<>();
        for (Filter filter : RestAssured.filters()) {
            if (!(filter instanceof DefaultToken)) {
                others.add(filter);
            }
        }
        RestAssured.replaceFiltersWith(others);
        if (token != null) {
            RestAssured.filters(new DefaultToken(token));
        }
    }

    /** A filter rather than a default specification: a specification would also pin the port and base URI. */
    private record DefaultToken(String token) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return context.next(request, response);
        }
    }

    /** A request specification with the token, for one call as someone else. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    public static Builder token() {
        return new Builder();
    }

    /** The trusted public key, X.509 DER in base64 (what {@code mp.jwt.verify.publickey} takes). */
    public static String publicKeyBase64() {
        keys();
        return System.getProperty(PUBLIC_PROPERTY);
    }

    /** A fresh key pair nobody trusts, to forge signatures. */
    public static KeyPair foreignKeys() {
        return generate();
    }

    public static synchronized KeyPair keys() {
        try {
            if (System.getProperty(PRIVATE_PROPERTY) == null) {
                KeyPair generated = generate();
                System.setProperty(PRIVATE_PROPERTY,
                        Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
                System.setProperty(PUBLIC_PROPERTY,
                        Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()));
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY))));
            PublicKey publicKey = rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PUBLIC_PROPERTY))));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with any claims, validity, issuer, key or algorithm: also the broken ones the services refuse. */
    public static final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final List<String> roles = new ArrayList<>();
        private Instant issuedAt = Instant.now();
        private Duration ttl = Duration.ofHours(1);
        private PrivateKey key;
        private boolean unsigned;

        private Builder() {
            claims.put("iss", ISSUER);
            claims.put("aud", AUDIENCE);
        }

        public Builder role(String role) {
            roles.add(role);
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Builder subject(String subject) {
            return claim("sub", subject);
        }

        public Builder issuer(String issuer) {
            return claim("iss", issuer);
        }

        /** Valid from {@code issuedAt} for {@code ttl}: a past window gives an expired token, a future one a token not yet valid. */
        public Builder validity(Instant issuedAt, Duration ttl) {
            this.issuedAt = issuedAt;
            this.ttl = ttl;
            return this;
        }

        public Builder signedWith(PrivateKey key) {
            this.key = key;
            return this;
        }

        /** {@code alg: none} and no signature. */
        public Builder unsigned() {
            this.unsigned = true;
            return this;
        }

        public String sign() {
            Map<String, Object> body = new LinkedHashMap<>(claims);
            // The same caller on every call (an Idempotency-Key is scoped to its caller): role and claims name it
            body.putIfAbsent("sub", "test-" + String.join("+", roles) + (claims.containsKey("unit")
                    ? "-unit-" + claims.get("unit") : "") + (claims.containsKey("cluster")
                    ? "-cluster-" + claims.get("cluster") : ""));
            body.put("groups", roles);
            body.put("iat", issuedAt.getEpochSecond());
            body.put("nbf", issuedAt.getEpochSecond());
            body.put("exp", issuedAt.plus(ttl).getEpochSecond());
            body.put("jti", UUID.randomUUID().toString());
            String header = unsigned ? "{\"alg\":\"none\",\"typ\":\"JWT\"}" : "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
            String signingInput = base64Url(header) + "." + base64Url(Json.write(body));
            if (unsigned) {
                return signingInput + ".";
            }
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key != null ? key : keys().getPrivate());
                signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String base64Url(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Just enough JSON for claims: strings, numbers, lists of strings. */
    private static final class Json {
        static String write(Map<String, Object> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((name, value) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(string(name)).append(':').append(value(value));
            });
            return out.append('}').toString();
        }

        private static String value(Object value) {
            if (value instanceof Number) {
                return value.toString();
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder("[");
                for (Object item : list) {
                    if (out.length() > 1) {
                        out.append(',');
                    }
                    out.append(value(item));
                }
                return out.append(']').toString();
            }
            return string(String.valueOf(value));
        }

        private static String string(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }
}
