package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The devstack's own token issuer: an RSA key pair made on first start in {@code <data>/keys/} (private key readable
 * by the owner only), whose public key the services and the gateway trust, and RS256 tokens signed with it. A real
 * deployment trusts its identity provider's keys instead (MP_JWT_VERIFY_PUBLICKEY_LOCATION = its JWKS URL).
 */
public final class DevKeys {

    public static final String ISSUER = "https://thidua.vn/devstack";
    public static final String AUDIENCE = "thidua";
    private static final String PRIVATE = "private-key.pem";
    private static final String PUBLIC = "public-key.pem";

    private final Path dir;

    private DevKeys(Path dir) {
        this.dir = dir;
    }

    /** The key pair of a data directory, made if missing. */
    public static synchronized DevKeys of(Path dataDir) {
        DevKeys keys = new DevKeys(dataDir.resolve("keys"));
        if (!Files.exists(keys.publicKeyFile()) || !Files.exists(keys.dir.resolve(PRIVATE))) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC);
    }

    /** Where the public key of a data directory is (or will be, once {@link #of} made it). */
    public static Path publicKeyFile(Path dataDir) {
        return dataDir.resolve("keys").resolve(PUBLIC);
    }

    /** A signed token: {@code groups} = [role], {@code unit} and {@code cluster} claims when given. */
    public String sign(String role, String unit, String cluster, String subject, Duration ttl) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(quote(ISSUER))
                .append(",\"aud\":").append(quote(AUDIENCE))
                .append(",\"sub\":").append(quote(subject))
                .append(",\"upn\":").append(quote(subject))
                .append(",\"groups\":[").append(quote(role)).append(']');
        if (unit != null) {
            claims.append(",\"unit\":").append(quote(unit));
        }
        if (cluster != null) {
            claims.append(",\"cluster\":").append(quote(cluster));
        }
        claims.append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()))
                .append('}');
        String input = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token with " + dir.resolve(PRIVATE), e);
        }
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE)).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void generate() {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path privateFile = dir.resolve(PRIVATE);
            Files.deleteIfExists(privateFile);
            Files.createFile(privateFile);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the devstack key pair to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
