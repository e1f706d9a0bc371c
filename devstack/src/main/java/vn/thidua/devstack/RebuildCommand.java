package vn.thidua.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code rebuild --service S}: asks a running roster consumer (scoring, nomination or event-service) to rebuild its
 * roster read model from {@code thidua.cluster.v1} ({@code POST /internal/rosters/rebuild}, roster/README.md), as the
 * central board, with a short-lived token signed by the devstack's key pair in {@code dataDir}.
 */
record RebuildCommand(ServiceModule service, String serviceUrl, Path dataDir, PrintStream out) implements CliCommand {

    @Override
    public int run() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(serviceUrl + "/internal/rosters/rebuild")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + DevKeys.of(dataDir)
                        .sign("central-board", null, null, "devstack-rebuild", Duration.ofMinutes(5)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        out.println(service.moduleName() + ": " + response.statusCode() + " " + response.body());
        return response.statusCode() == 200 ? 0 : 1;
    }
}
