package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void shouldRecordAnArchiveAtExitWhenThereIsNone() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        assertEquals(recording(), ClassDataSharing.options(jar));
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
        assertEquals(recording(), ClassDataSharing.options(jar));
        assertFalse(Files.exists(archive), "the stale archive is removed");
    }

    @Test
    void shouldPassTheArchiveOptionsBeforeTheJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        List<String> command = ServiceProcess.javaCommand(List.of("-Xmx256m"), jar, true);
        List<String> expected = new java.util.ArrayList<>(List.of("-Xmx256m"));
        expected.addAll(recording());
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

    @Test
    void shouldMapACurrentArchiveButRecordNoneWhenToldNotTo() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        assertEquals(List.of(), ClassDataSharing.archiveOptions(jar));
        assertEquals(List.of("-Xmx256m", "-jar", jar.toString()),
                ServiceProcess.javaCommand(List.of("-Xmx256m"), jar, false).subList(1, 4));

        Path archive = Files.writeString(dir.resolve(ClassDataSharing.ARCHIVE), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), ClassDataSharing.archiveOptions(jar));

        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(120)));
        assertEquals(List.of(), ClassDataSharing.archiveOptions(jar), "an archive older than its jar is not used");
    }

    @Test
    void shouldDropWhatAnUnfinishedRecordingLeftBehind() throws IOException {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Path leftover = Files.writeString(dir.resolve(ClassDataSharing.RECORDING), "archive, the first part");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(recording(), ClassDataSharing.options(jar));
        assertFalse(Files.exists(leftover), "the launcher died before it could end the recording");
    }

    @Test
    void shouldKeepARecordingOnlyWhenItsJvmExitedByItself() throws IOException {
        Path archive = dir.resolve(ClassDataSharing.ARCHIVE);
        Path recording = Files.writeString(dir.resolve(ClassDataSharing.RECORDING), "archive, the first part");
        ClassDataSharing.recordingEnded(recording, false);
        assertFalse(Files.exists(recording));
        assertFalse(Files.exists(archive));

        Files.writeString(recording, "archive, all of it");
        ClassDataSharing.recordingEnded(recording, true);
        assertFalse(Files.exists(recording));
        assertEquals("archive, all of it", Files.readString(archive));
    }

    @Test
    void shouldNotMakeAnArchiveOfARecordingTheJvmRemoved() throws IOException {
        ClassDataSharing.recordingEnded(dir.resolve(ClassDataSharing.RECORDING), true);
        assertFalse(Files.exists(dir.resolve(ClassDataSharing.ARCHIVE)));
    }

    @Test
    void shouldFindTheRecordingOfACommand() {
        Path recording = dir.resolve(ClassDataSharing.RECORDING);
        assertEquals(Optional.of(recording), ClassDataSharing.recordingOf(
                List.of("java", "-Xmx256m", "-XX:ArchiveClassesAtExit=" + recording, "-jar", "quarkus-run.jar")));
        assertEquals(Optional.empty(), ClassDataSharing.recordingOf(
                List.of("java", "-XX:SharedArchiveFile=" + dir.resolve(ClassDataSharing.ARCHIVE), "-jar", "x.jar")));
    }

    /**
     * Recording: the archive at exit, written beside the archive until its JVM has exited by itself, with the log of
     * loaded classes the service links before it is written.
     */
    private List<String> recording() {
        Path log = dir.resolve(ClassDataSharing.LOADED_CLASSES);
        return List.of("-XX:ArchiveClassesAtExit=" + dir.resolve(ClassDataSharing.RECORDING),
                "-Xlog:class+load=info:file=" + log + ":none", "-Dthidua.cds.loaded-classes=" + log);
    }
}
