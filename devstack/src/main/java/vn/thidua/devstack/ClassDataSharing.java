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
 * The recording start also logs the classes it loads, so that the service can link them before the archive is
 * written (JDK 17 leaves unlinked classes out: about 2,700 of a service's 16,000, read from the jars at every start).
 */
final class ClassDataSharing {

    static final String ARCHIVE = "thidua-cds.jsa";
    /** The classes the recording start loaded, for the service to link before the archive is written. */
    static final String LOADED_CLASSES = "thidua-cds-classes.log";

    private ClassDataSharing() {
    }

    static List<String> options(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        Path loadedClasses = jar.resolveSibling(LOADED_CLASSES);
        try {
            Files.deleteIfExists(loadedClasses);
            if (Files.isRegularFile(archive) && Files.size(archive) > 0
                    && !Files.getLastModifiedTime(archive).toInstant()
                            .isBefore(Files.getLastModifiedTime(jar).toInstant())) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            return List.of(); // not writable (a read-only install): run without
        }
        // JDK 17 archives only linked classes: the service links the others it loaded before the JVM writes the
        // archive (service-support's ArchivedClassLinking reads this log)
        return List.of("-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:class+load=info:file=" + loadedClasses + ":none",
                "-Dthidua.cds.loaded-classes=" + loadedClasses);
    }
}
