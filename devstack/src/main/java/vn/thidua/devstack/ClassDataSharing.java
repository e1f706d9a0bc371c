package vn.thidua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Application class-data sharing for the service JVMs: the first start after a build records the classes it loaded
 * into an archive beside the jar when the JVM exits ({@code -XX:ArchiveClassesAtExit}); later starts map that archive
 * instead of loading and verifying those classes again ({@code -XX:SharedArchiveFile}), which saves CPU on every
 * start, when five JVMs start at once on a few cores. An archive older than its jar (a rebuild) is recorded anew;
 * the JVM itself ignores an archive that does not match its class path, so a stale one costs nothing but the gain.
 */
final class ClassDataSharing {

    static final String ARCHIVE = "thidua-cds.jsa";

    private ClassDataSharing() {
    }

    static List<String> options(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            if (Files.isRegularFile(archive) && Files.size(archive) > 0
                    && !Files.getLastModifiedTime(archive).toInstant()
                            .isBefore(Files.getLastModifiedTime(jar).toInstant())) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            return List.of(); // not writable (a read-only install): run without
        }
        return List.of("-XX:ArchiveClassesAtExit=" + archive);
    }
}
