import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * Stand-in for a service in the process tests, run as a single-file program:
 * {@code java FakeService.java <port> <ready-after-ms> <normal|exit|stubborn> [ignored...]}.
 * "exit" fails at once; "stubborn" ignores SIGTERM for a minute (its shutdown hook sleeps).
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
        if (mode.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
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
}
