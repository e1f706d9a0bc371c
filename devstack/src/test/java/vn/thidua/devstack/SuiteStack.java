package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one running suite (packaged services and gateway against embedded PostgreSQL and Kafka) that the end-to-end
 * ITs of this module share: started by the first IT that asks, stopped when the test JVM ends. Starting a stack
 * costs about a minute on two cores, so each IT class drives the same stack and leaves it running as it found it
 * (a class that stops Kafka or a service starts it again before it ends).
 */
final class SuiteStack {

    private static DevStack stack;
    private static Path dataDir;

    private SuiteStack() {
    }

    static synchronized DevStack get() {
        if (stack == null) {
            try {
                dataDir = Files.createTempDirectory("thidua-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path root = Path.of("").toAbsolutePath().getParent();
            DevStack started = new DevStack(DevStack.builder()
                    .rootDir(root)
                    .dataDir(dataDir)
                    .randomFreePorts()
                    .recordClassData(false)
                    .build())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "suite-stack-stop"));
            stack = started;
        }
        return stack;
    }

    /** The data directory of the shared stack (its key pair signs tokens). */
    static synchronized Path dataDir() {
        get();
        return dataDir;
    }

    /** A token of the devstack's own key pair, as {@code ./thidua token} prints it. */
    static String token(String role, String unit, String cluster) {
        return DevKeys.of(dataDir()).sign(role, unit, cluster, "e2e-" + role, Duration.ofHours(1));
    }
}
