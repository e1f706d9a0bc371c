package vn.thidua.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the figures as {@code latest.json} and a Markdown table {@code latest.md}, each figure beside its target
 * (issue 12) where it has one. The rows read the JSON's paths, so the two files never disagree.
 */
public final class BenchReport {

    /** One line of the table: the JSON path of the figure, what it is, its target and which way is better. */
    record Row(String path, String label, Double target, boolean atMost, String note) {
    }

    static final List<Row> ROWS = List.of(
            new Row("read_latency_one_connection.gateway_added_p50_ms", "gateway adds to a read, p50 at one "
                    + "connection (ms)", 0.5, true, "gateway p50 minus direct p50, alternating requests"),
            new Row("read_latency_one_connection.direct_p50_ms", "read direct, p50 (ms)", null, true, ""),
            new Row("read_latency_one_connection.gateway_p50_ms", "read through the gateway, p50 (ms)", null, true,
                    ""),
            new Row("read_latency_one_connection.bare_from_quiet_over_back_to_back", "bare endpoint from quiet "
                    + "÷ back to back, p50 at one connection", null, true, "the same request 20 ms after the last "
                    + "and at once: what a quiet stack costs each hop on this machine"),
            new Row("read_throughput.gateway_over_direct", "gateway ÷ direct throughput, same read", null, false,
                    "reported, not targeted: on 2 shared cores it falls as the read gets cheaper"),
            new Row("read_throughput.gateway_cpu_us_per_proxied_read", "gateway CPU per proxied read (µs)", null,
                    true, ""),
            new Row("read_throughput.service_cpu_us_per_read_proxied", "cluster-service CPU per read (µs)", null,
                    true, "while the gateway run was on"),
            new Row("read_throughput.domain_read_over_bare", "domain read ÷ bare endpoint throughput", 0.5, false,
                    "GET cluster-year vs /q/health/live, same service, direct"),
            new Row("read_throughput.bare_endpoint_per_s", "bare endpoint (requests/s)", null, false, ""),
            new Row("read_throughput.domain_read_direct_per_s", "domain read direct (requests/s)", null, false, ""),
            new Row("read_throughput.domain_read_gateway_per_s", "domain read through the gateway (requests/s)", null,
                    false, ""),
            new Row("event_path.p50_over_round_trip", "commit-to-applied p50 ÷ bare Kafka round trip p50", 2.0, true,
                    "write answered -> scoring-service's roster read model shows it; both from a quiet stack, "
                    + "interleaved"),
            new Row("event_path.commit_to_applied_p50_ms", "commit-to-applied p50 (ms)", null, true, ""),
            new Row("event_path.commit_to_applied_p99_ms", "commit-to-applied p99 (ms)", null, true, ""),
            new Row("event_path.kafka_round_trip_p50_ms", "bare Kafka produce -> consume p50 (ms)", null, true,
                    "from a quiet stack, between the writes"),
            new Row("event_path.kafka_round_trip_p99_ms", "bare Kafka produce -> consume p99 (ms)", null, true, ""),
            new Row("event_path.kafka_round_trip_back_to_back_p50_ms", "bare Kafka produce -> consume back to back, "
                    + "p50 (ms)", null, true, "reported: each sent as the last arrived"),
            new Row("event_path.small_transaction_p50_ms", "small durable transaction p50 (ms)", null, true,
                    "one-row insert and commit, from a quiet stack"),
            new Row("event_path.p50_over_floor", "commit-to-applied p50 ÷ floor", null, true,
                    "floor: the round trip and two small transactions, p50s"),
            new Row("event_path.stages.answer_to_kafka_ack_p50_ms", "event path: write answered -> relay "
                    + "acknowledged by Kafka, p50 (ms)", null, true, "sent_at in cluster-service's outbox"),
            new Row("event_path.stages.kafka_ack_to_consumer_start_p50_ms", "event path: acknowledged -> "
                    + "scoring-service's consumer begins, p50 (ms)", null, true, "processed_at of its claim"),
            new Row("event_path.stages.consumer_start_to_seen_p50_ms", "event path: consumer begins -> its commit "
                    + "seen, p50 (ms)", null, true, ""),
            new Row("write_through_gateway.p50_ms", "roster write through the gateway, p50 (ms)", 10.0, true,
                    "each from a quiet stack, 20 ms after the previous step"),
            new Row("write_through_gateway.p99_ms", "roster write through the gateway, p99 (ms)", null, true, ""),
            new Row("write_through_gateway.without_pause_p50_ms", "roster write through the gateway without the "
                    + "pause, p50 (ms)", null, true, "the warm-up's last 200: each once the previous one was "
                    + "applied everywhere"),
            new Row("write_through_gateway.service_worker_cpu_ms_per_write", "cluster-service worker CPU per write "
                    + "(ms)", null, true, "time on a CPU of the threads that run the write, over the measured writes"),
            new Row("write_through_gateway.warmup_writes", "writes to warm up before measuring", null, true,
                    "batches of 200 until the worker CPU per write stops falling"),
            new Row("stack.after_load.rss_mb", "stack RSS after the run (MB)", 1536.0, true,
                    "sum of every process: launcher with Kafka, PostgreSQL, services, gateway"),
            new Row("stack.at_ready.rss_mb", "stack RSS once ready (MB)", null, true, ""),
            new Row("stack.after_load.pss_mb", "stack PSS after the run (MB)", null, true,
                    "shared pages counted once"),
            new Row("stack.launch_to_ready_s", "launch to all ready (s)", 20.0, true,
                    "second start on the same data, as ./thidua up: the launcher and the services map their class-data "
                            + "archives"),
            new Row("outbox_relay.events_per_s", "outbox relay, burst of 10,000 (events/s)", 5000.0, false,
                    "broker append times of first and last record"),
            new Row("outbox_relay.in_order_per_key", "relay kept each key's order", null, false, ""));

    private BenchReport() {
    }

    public static void write(Map<String, Object> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("latest.json"), json.writeValueAsString(results) + "\n");
        Files.writeString(dir.resolve("latest.md"), markdown(results));
    }

    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder();
        md.append("# ./thidua bench: latest run\n\n");
        md.append("Run at ").append(results.get("started_at")).append(" on ").append(results.get("cores"))
                .append(" cores, load average at start ").append(results.get("load_average"))
                .append(". Figures from one run; the ratios are what to compare between machines.\n\n");
        md.append("| figure | value | target | met |\n| --- | --- | --- | --- |\n");
        for (Row row : ROWS) {
            Object value = lookup(results, row.path());
            String target = row.target() == null ? "" : (row.atMost() ? "≤ " : "≥ ") + format(row.target());
            String met = "";
            if (row.target() != null && value instanceof Number number) {
                double v = number.doubleValue();
                met = (row.atMost() ? v <= row.target() : v >= row.target()) ? "yes" : "no";
            } else if (value instanceof Boolean b) {
                met = b ? "yes" : "no";
            }
            md.append("| ").append(row.label());
            if (!row.note().isEmpty()) {
                md.append(" (").append(row.note()).append(')');
            }
            md.append(" | ").append(value == null ? "-" : format(value)).append(" | ").append(target)
                    .append(" | ").append(met).append(" |\n");
        }
        md.append("\nEvery figure, with sample counts and errors: `latest.json`. How to read them: README.md, "
                + "section Benchmarks.\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    static Object lookup(Map<String, Object> results, String path) {
        Object node = results;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(part);
        }
        return node;
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(value);
    }
}
