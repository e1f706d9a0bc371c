package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCheckTest {

    @TempDir
    Path root;

    private final Instant built = Instant.parse("2026-01-01T10:00:00Z");

    private Path module(String name, Instant sourceTime) throws IOException {
        Path dir = root.resolve(name);
        Path source = dir.resolve("src/main/java/App.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class App {}");
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        touch(source, sourceTime);
        touch(dir.resolve("pom.xml"), built.minusSeconds(3600));
        return dir;
    }

    private Path jar(Path moduleDir) throws IOException {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        touch(jar, built);
        return jar;
    }

    private static void touch(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    @Test
    void sourceNewerThanJarIsStale() throws IOException {
        Path dir = module("cluster-service", built.plusSeconds(60));
        assertTrue(BuildCheck.isStale(dir, jar(dir)));
    }

    @Test
    void jarNewerThanEverySourceIsCurrent() throws IOException {
        Path dir = module("cluster-service", built.minusSeconds(60));
        assertFalse(BuildCheck.isStale(dir, jar(dir)));
    }

    @Test
    void editedPomMakesItStale() throws IOException {
        Path dir = module("cluster-service", built.minusSeconds(60));
        Path jar = jar(dir);
        touch(dir.resolve("pom.xml"), built.plusSeconds(1));
        assertTrue(BuildCheck.isStale(dir, jar));
    }

    @Test
    void reportsMissingAndStaleModulesSeparately() throws IOException {
        jar(module("cluster-service", built.minusSeconds(60)));
        jar(module("gateway", built.plusSeconds(60)));
        module("scoring-service", built);
        StackConfig config = StackConfig.builder().rootDir(root).build();

        BuildCheck.Result result = BuildCheck.check(config,
                List.of(ServiceModule.CLUSTER, ServiceModule.GATEWAY, ServiceModule.SCORING));

        assertEquals(List.of(ServiceModule.SCORING), result.missing());
        assertEquals(List.of(ServiceModule.GATEWAY), result.stale());
    }
}
