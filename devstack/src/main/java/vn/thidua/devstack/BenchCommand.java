package vn.thidua.devstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.devstack.bench.BenchReport;
import vn.thidua.devstack.bench.Benchmark;
import vn.thidua.devstack.bench.LaunchedStack;

/**
 * {@code bench}: starts the stack on fresh data of its own and loads the bench's fixture through the gateway, stops
 * it (the services write their class-data archives on the way out, as after a first {@code up}), starts it again on
 * that data as {@code ./thidua up} does, in a launcher process of its own, and times the launch, measures (see
 * {@link Benchmark}), stops, and writes {@code latest.json} and {@code latest.md} to the results directory.
 * Bounded: a few minutes; loopback only.
 */
record BenchCommand(StackConfig config, Path resultsDir, Benchmark.Plan plan, PrintStream out) implements CliCommand {

    @Override
    public int run() throws Exception {
        try {
            return measure();
        } catch (StackStartException e) {
            out.println();
            out.println("bench: " + e.getMessage());
            return 1;
        }
    }

    private int measure() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("load_average", loadAverage());
        results.put("service_jvm_options", String.join(" ", config.javaOptions()));

        out.println("bench: first start, on fresh data in " + config.dataDir());
        try (DevStack first = new DevStack(config)) {
            first.start();
            Benchmark.prepare(config, out);
        }
        Map<String, String> environment = Map.of(UNLIMITED_RATE, "1000000000");
        List<String> launcherArchive = LaunchedStack.archiveForMeasuredStart(config, environment, out);
        results.put("launcher_class_data_archive", !launcherArchive.isEmpty());
        out.println("bench: second start on the same data, as ./thidua up runs it (a launcher process of its own), "
                + "timed");
        Instant launch = Instant.now();
        try (LaunchedStack stack = LaunchedStack.start(config, launcherArchive, environment, out)) {
            stack.awaitReady(config.readyTimeout());
            Map<String, Object> footprint = new LinkedHashMap<>();
            footprint.put("launch_to_ready_s",
                    Math.round(Duration.between(launch, Instant.now()).toMillis() / 100.0) / 10.0);
            footprint.put("at_ready", Benchmark.footprint(stack));
            results.put("stack", footprint);
            new Benchmark(stack, plan, out).run(results);
            footprint.put("after_load", Benchmark.footprint(stack));
        }
        BenchReport.write(results, resultsDir);
        out.println();
        out.print(Files.readString(resultsDir.resolve("latest.md")));
        out.println();
        out.println("bench: wrote " + resultsDir.resolve("latest.json") + " and latest.md");
        return 0;
    }

    /** All the bench's load comes from one address: the gateway's per-client rate limit is raised out of its way. */
    private static final String UNLIMITED_RATE = "THIDUA_GATEWAY_RATE_LIMIT_REQUESTS";

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
