package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Are the service jars there, and newer than the module's sources? Missing is fatal; stale is only worth a
 * warning (./thidua rebuilds, a test run by Maven has just packaged). Sources of shared libraries (events,
 * service-support) are not compared: ./thidua's reactor build covers those.
 */
final class BuildCheck {

    record Result(List<ServiceModule> missing, List<ServiceModule> stale) {
    }

    private BuildCheck() {
    }

    static Result check(StackConfig config, Collection<ServiceModule> modules) {
        List<ServiceModule> missing = new ArrayList<>();
        List<ServiceModule> stale = new ArrayList<>();
        for (ServiceModule module : modules) {
            Path jar = config.jarOf(module);
            if (!Files.isRegularFile(jar)) {
                missing.add(module);
            } else if (isStale(config.rootDir().resolve(module.moduleName()), jar)) {
                stale.add(module);
            }
        }
        return new Result(missing, stale);
    }

    /** True if the module's pom.xml or anything under src/ was modified after the jar. */
    static boolean isStale(Path moduleDir, Path jar) {
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            if (newer(moduleDir.resolve("pom.xml"), built)) {
                return true;
            }
            Path src = moduleDir.resolve("src");
            if (!Files.isDirectory(src)) {
                return false;
            }
            try (Stream<Path> files = Files.walk(src)) {
                return files.filter(Files::isRegularFile).anyMatch(f -> newer(f, built));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.exists(file) && Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
