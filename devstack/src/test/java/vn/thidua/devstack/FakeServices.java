package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Launches src/test/resources/FakeService.java as a child JVM through {@link ServiceProcess}. */
final class FakeServices {

    private FakeServices() {
    }

    static ServiceProcess fake(Path logDir, String mode, long readyAfterMs, String... extraArgs) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable().toString(), "-Xmx32m",
                source().toString(), Integer.toString(port), Long.toString(readyAfterMs), mode));
        command.addAll(List.of(extraArgs));
        return new ServiceProcess("fake-" + mode, command, Map.of(), logDir.resolve("fake-" + mode + ".log"),
                URI.create("http://localhost:" + port + "/q/health/ready"));
    }

    private static Path source() {
        try {
            return Path.of(FakeServices.class.getResource("/FakeService.java").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
