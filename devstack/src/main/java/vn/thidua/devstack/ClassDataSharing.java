package vn.thidua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Application class-data sharing for the service JVMs: the first start after a build records the classes it loaded
 * into an archive beside the jar when the JVM exits ({@code -XX:ArchiveClassesAtExit}); later starts map that archive
 * instead of loading and verifying those classes again ({@code -XX:SharedArchiveFile}), which saves CPU on every
 * start, when five JVMs start at once on a few cores. An archive older than its jar (a rebuild) is recorded anew;
 * the JVM itself ignores an archive that does not match its class path, so a stale one costs nothing but the gain.
 * The recording start also logs the classes it loads, so that the service can link them before the archive is
 * written (JDK 17 leaves unlinked classes out: about 2,700 of a service's 16,000, read from the jars at every start).
 * <p>
 * The JVM writes the archive in the last seconds of its exit, and a JVM killed meanwhile (the stop's deadline, a
 * crash) leaves part of one. The JVM that is given such a file ignores it without a word, so every later start would
 * run without sharing until the next build. A recording is therefore written beside the archive and becomes the
 * archive only once its JVM has exited by itself ({@link #recordingEnded}).
 */
public final class ClassDataSharing {

    /** The JVM option that records an archive as the JVM exits, followed by the archive's path. */
    public static final String RECORD_OPTION = "-XX:ArchiveClassesAtExit=";
    /** The JVM option that maps an archive, followed by its path. */
    public static final String MAP_OPTION = "-XX:SharedArchiveFile=";
    static final String ARCHIVE = "thidua-cds.jsa";
    /** Where the recording JVM writes the archive as it exits. */
    static final String RECORDING = ARCHIVE + ".recording";
    /** The classes the recording start loaded, for the service to link before the archive is written. */
    static final String LOADED_CLASSES = "thidua-cds-classes.log";

    private ClassDataSharing() {
    }

    static List<String> options(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        Path recording = jar.resolveSibling(RECORDING);
        Path loadedClasses = jar.resolveSibling(LOADED_CLASSES);
        try {
            Files.deleteIfExists(loadedClasses);
            Files.deleteIfExists(recording); // its JVM never finished: whatever it wrote is not an archive
            if (isCurrent(archive, jar)) {
                return List.of(MAP_OPTION + archive);
            }
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            return List.of(); // not writable (a read-only install): run without
        }
        // JDK 17 archives only linked classes: the service links the others it loaded before the JVM writes the
        // archive (service-support's ArchivedClassLinking reads this log)
        return List.of(RECORD_OPTION + recording,
                "-Xlog:class+load=info:file=" + loadedClasses + ":none",
                "-Dthidua.cds.loaded-classes=" + loadedClasses);
    }

    /** The archive of the jar if there is a current one, recording none otherwise. */
    static List<String> archiveOptions(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            return isCurrent(archive, jar) ? List.of(MAP_OPTION + archive) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isCurrent(Path archive, Path jar) throws IOException {
        return Files.isRegularFile(archive) && Files.size(archive) > 0
                && !Files.getLastModifiedTime(archive).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant());
    }

    /** The file a JVM started with {@code command} records its archive into, if it records one. */
    static Optional<Path> recordingOf(List<String> command) {
        return command.stream().filter(option -> option.startsWith(RECORD_OPTION))
                .map(option -> Path.of(option.substring(RECORD_OPTION.length()))).findFirst();
    }

    /**
     * True when a JVM that has exited ended by itself (done, or its shutdown on SIGINT or SIGTERM ran to the end), so
     * an archive it recorded is whole: a JVM that cannot write all of it removes it.
     */
    public static boolean endedByItself(Process exited) {
        int code = exited.exitValue();
        return code == 0 || code == 130 || code == 143;
    }

    /**
     * Once the recording JVM is gone: its recording becomes the archive when it exited by itself (then the JVM wrote
     * all of it, or removed it when it could not), otherwise it is dropped and the next start records anew.
     */
    static void recordingEnded(Path recording, boolean exitedByItself) throws IOException {
        if (exitedByItself && Files.isRegularFile(recording) && Files.size(recording) > 0) {
            Files.move(recording, recording.resolveSibling(ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(recording);
        }
    }
}
