import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Stand-in for a service in the process tests, run as a single-file program:
 * {@code java FakeService.java <port> <ready-after-ms> <normal|exit|stubborn> [ignored...]}.
 * "exit" fails at once; "stubborn" ignores SIGTERM for a minute (its shutdown hook sleeps).
 * Given {@code -XX:ArchiveClassesAtExit=<file>} among the rest, it writes that file as it exits, as a recording JVM
 * writes its class-data archive: all of it, or, when stubborn, the first part before it is killed.
 */
public class FakeService {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long readyAt = System.currentTimeMillis() + Long.parseLong(args[1]);
        String mode = args[2];
        System.out.println("fake service starting on " + port);
        if (mode.equals("exit")) {
            System.out.println("boom: cannot start");
            System.exit(3);
        }
        Path archive = Arrays.stream(args).filter(arg -> arg.startsWith("-XX:ArchiveClassesAtExit="))
                .map(arg -> Path.of(arg.substring("-XX:ArchiveClassesAtExit=".length()))).findFirst().orElse(null);
        if (archive != null && !mode.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(archive, "archive, all of it")));
        }
        if (mode.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (archive != null) {
                        write(archive, "archive, the first part");
                    }
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(System.currentTimeMillis() >= readyAt ? 200 : 503, -1);
            exchange.close();
        });
        server.start();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
