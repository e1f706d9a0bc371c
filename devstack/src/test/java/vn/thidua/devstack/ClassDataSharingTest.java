package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void shouldRecordAnArchiveAtExitWhenThereIsNone() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        assertEquals(recording(dir.resolve(ClassDataSharing.ARCHIVE)), ClassDataSharing.options(jar));
    }

    @Test
    void shouldUseTheArchiveRecordedAfterTheJarWasBuilt() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Path archive = Files.writeString(dir.resolve(ClassDataSharing.ARCHIVE), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), ClassDataSharing.options(jar));
    }

    @Test
    void shouldRecordAnewWhenTheJarWasRebuiltAfterTheArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Path archive = Files.writeString(dir.resolve(ClassDataSharing.ARCHIVE), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(recording(archive), ClassDataSharing.options(jar));
        assertFalse(Files.exists(archive), "the stale archive is removed, so the JVM can write the new one");
    }

    @Test
    void shouldPassTheArchiveOptionsBeforeTheJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        List<String> command = ServiceProcess.javaCommand(List.of("-Xmx256m"), jar);
        List<String> expected = new java.util.ArrayList<>(List.of("-Xmx256m"));
        expected.addAll(recording(dir.resolve(ClassDataSharing.ARCHIVE)));
        expected.addAll(List.of("-jar", jar.toString()));
        assertEquals(expected, command.subList(1, command.size()));
    }

    @Test
    void shouldDropTheClassLogOfTheRecordingOnceTheArchiveIsUsed() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Files.writeString(dir.resolve(ClassDataSharing.ARCHIVE), "archive");
        Path log = Files.writeString(dir.resolve(ClassDataSharing.LOADED_CLASSES), "java.lang.Object source: jrt");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        ClassDataSharing.options(jar);
        assertFalse(Files.exists(log));
    }

    /** Recording: the archive at exit, with the log of loaded classes the service links before it is written. */
    private List<String> recording(Path archive) {
        Path log = dir.resolve(ClassDataSharing.LOADED_CLASSES);
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:class+load=info:file=" + log + ":none",
                "-Dthidua.cds.loaded-classes=" + log);
    }
}
