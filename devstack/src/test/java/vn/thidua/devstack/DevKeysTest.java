package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DevKeysTest {

    @TempDir
    Path data;

    @Test
    void shouldMakeTheKeyPairOnceWithAPrivateKeyOnlyTheOwnerReads() throws Exception {
        DevKeys.of(data);
        String publicKey = Files.readString(data.resolve("keys/public-key.pem"));
        DevKeys.of(data);
        assertEquals(publicKey, Files.readString(data.resolve("keys/public-key.pem")), "kept between runs");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("keys/private-key.pem"))));
    }

    @Test
    void shouldPrintATokenSignedWithThePublishedKeyAndCarryingRoleAndScope() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CliCommand command = Cli.parse(List.of("token", "--role", "member-unit", "--unit", "15", "--ttl", "30m",
                "--data", data.toString()), Map.of(), Path.of("/repo"), new PrintStream(output, true,
                        StandardCharsets.UTF_8));
        assertEquals(0, assertInstanceOf(TokenCommand.class, command).run());
        String[] parts = output.toString(StandardCharsets.UTF_8).trim().split("\\.");
        assertEquals(3, parts.length);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(data.resolve("keys/public-key.pem")));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the devstack key");

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://thidua.vn/devstack", claims.get("iss").asText());
        assertEquals("thidua", claims.get("aud").asText());
        assertEquals("member-unit", claims.get("groups").get(0).asText());
        assertEquals("15", claims.get("unit").asText());
        long ttl = claims.get("exp").asLong() - Instant.now().getEpochSecond();
        assertTrue(ttl > Duration.ofMinutes(28).toSeconds() && ttl <= Duration.ofMinutes(30).toSeconds(), "" + ttl);
    }

    @Test
    void shouldRefuseATokenWithoutTheClaimItsRoleNeeds() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CliCommand command = Cli.parse(List.of("token", "--role", "cluster-secretariat"), Map.of(), Path.of("/repo"),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        assertInstanceOf(HelpCommand.class, command);
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
