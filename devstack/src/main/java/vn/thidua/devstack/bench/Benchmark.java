package vn.thidua.devstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.thidua.devstack.DevKeys;
import vn.thidua.devstack.ServiceModule;
import vn.thidua.devstack.StackConfig;

/**
 * The figures of {@code ./thidua bench} on a running stack that the bench started itself (so it knows every
 * process): reads direct and through the gateway, a bare endpoint, writes, commit-to-applied against a bare Kafka
 * round trip, the outbox relay on a burst, and the stack's memory. Each measurement puts its figures into one
 * ordered map, written as JSON and Markdown by {@link BenchReport}.
 */
public final class Benchmark {

    /** The bench's own cluster; its roster alternates between two sets so every write changes it. */
    static final String CLUSTER = "BENCH";
    static final int YEAR = 2024;
    static final List<String> UNITS = List.of("B01", "B02", "B03", "B04", "B05", "B06");
    static final String READ_PATH = "/api/v1/clusters/" + CLUSTER + "/years/" + YEAR;
    static final String BARE_PATH = "/q/health/live";
    static final String ROUND_TRIP_TOPIC = "thidua.bench.round-trip";
    static final String RELAY_TOPIC = "thidua.bench.relay";

    /** Sizes and durations; {@link #standard()} is what {@code ./thidua bench} runs. */
    public record Plan(int connections, long warmupMillis, long measureMillis, int latencySamples,
            int warmupWrites, int maxWarmupWrites, int writes, int roundTrips, int relayEvents, int relayKeys) {
        public static Plan standard() {
            return new Plan(16, 2_000, 5_000, 1_000, 3_000, 6_000, 100, 200, 10_000, 50);
        }
    }

    /** Pause after the last consumer of a write finished, and before and after each floor probe: all start quiet. */
    private static final long QUIET_NANOS = 20_000_000;
    /** Warm-up writes between two looks at the worker CPU per write. */
    private static final int WARMUP_BATCH = 200;
    /** Warm when a batch's worker CPU per write is no longer 5% below the best batch before it. */
    private static final double WARM_ENOUGH = 0.95;
    /** Quarkus's worker pool, where a service runs a blocking request such as a roster write. */
    private static final String WORKER_THREADS = "executor-thread";
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");

    private final LaunchedStack stack;
    private final StackConfig config;
    private final Plan plan;
    private final PrintStream out;
    private final String token;
    private int writeCount;

    public Benchmark(LaunchedStack stack, Plan plan, PrintStream out) {
        this.stack = stack;
        this.config = stack.config();
        this.plan = plan;
        this.out = out;
        this.token = DevKeys.of(config.dataDir()).sign("central-board", null, null, "devstack-bench",
                Duration.ofHours(2));
    }

    /** Units, a cluster and its roster, through the gateway; answers 409 for what a previous run made. */
    public static void prepare(StackConfig config, PrintStream out) throws IOException, InterruptedException {
        String token = DevKeys.of(config.dataDir()).sign("central-board", null, null, "devstack-bench",
                Duration.ofHours(1));
        int port = config.port(ServiceModule.GATEWAY);
        try (HttpConnection gateway = new HttpConnection("localhost", port)) {
            for (String unit : UNITS) {
                expect(gateway.exchange(HttpConnection.request("POST", "/api/v1/units", port, json(token),
                        "{\"code\":\"" + unit + "\",\"name\":\"Đơn vị đo " + unit + "\",\"kind\":\"PROVINCE\"}")),
                        201, 409);
            }
            expect(gateway.exchange(HttpConnection.request("POST", "/api/v1/clusters", port, json(token),
                    "{\"code\":\"" + CLUSTER + "\",\"name\":\"Cụm đo hiệu năng\",\"kind\":\"CLUSTER\","
                            + "\"organizerLevel\":\"CENTRAL\"}")), 201, 409);
            expect(gateway.exchange(rosterWrite(port, token, UNITS.subList(0, 5))), 200);
        }
        out.println("bench: fixture ready (cluster " + CLUSTER + ", year " + YEAR + ")");
    }

    /** Runs every measurement once; the map is the results, in report order. */
    public Map<String, Object> run(Map<String, Object> results) throws Exception {
        waitUntilApplied();
        reads(results);
        writesAndEventPath(results);
        relayBurst(results);
        return results;
    }

    private void reads(Map<String, Object> results) throws Exception {
        int gatewayPort = config.port(ServiceModule.GATEWAY);
        int clusterPort = config.port(ServiceModule.CLUSTER);
        byte[] direct = HttpConnection.request("GET", READ_PATH, clusterPort, Map.of(), null);
        byte[] viaGateway = HttpConnection.request("GET", READ_PATH, gatewayPort, Map.of(), null);
        byte[] bare = HttpConnection.request("GET", BARE_PATH, clusterPort, Map.of(), null);

        out.println("bench: read latency at one connection, direct and through the gateway, alternating");
        Samples directLatency = new Samples();
        Samples gatewayLatency = new Samples();
        try (HttpConnection d = new HttpConnection("localhost", clusterPort);
                HttpConnection g = new HttpConnection("localhost", gatewayPort)) {
            int warmup = plan.latencySamples();
            for (int i = 0; i < warmup + plan.latencySamples(); i++) {
                long t0 = System.nanoTime();
                expect(d.exchange(direct), 200);
                long t1 = System.nanoTime();
                expect(g.exchange(viaGateway), 200);
                long t2 = System.nanoTime();
                if (i >= warmup) {
                    directLatency.add(t1 - t0);
                    gatewayLatency.add(t2 - t1);
                }
            }
        }
        // The same bare request back to back and after a pause: on these shared virtual cores a request that finds
        // its threads idle costs more CPU and time at every hop, which the writes below, each from a quiet stack, pay
        Samples bareLatency = new Samples();
        Samples bareFromQuiet = new Samples();
        try (HttpConnection d = new HttpConnection("localhost", clusterPort)) {
            for (int i = 0; i < 2 * plan.latencySamples(); i++) {
                long t0 = System.nanoTime();
                expect(d.exchange(bare), 200);
                if (i >= plan.latencySamples()) {
                    bareLatency.add(System.nanoTime() - t0);
                }
            }
            for (int i = 0; i < plan.latencySamples() / 5; i++) {
                Load.pause(QUIET_NANOS);
                long t0 = System.nanoTime();
                expect(d.exchange(bare), 200);
                bareFromQuiet.add(System.nanoTime() - t0);
            }
        }
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("samples", directLatency.size());
        latency.put("direct_p50_ms", round(directLatency.percentileMillis(50)));
        latency.put("gateway_p50_ms", round(gatewayLatency.percentileMillis(50)));
        latency.put("gateway_added_p50_ms",
                round(gatewayLatency.percentileMillis(50) - directLatency.percentileMillis(50)));
        latency.put("direct_p99_ms", round(directLatency.percentileMillis(99)));
        latency.put("gateway_p99_ms", round(gatewayLatency.percentileMillis(99)));
        latency.put("bare_p50_ms", round(bareLatency.percentileMillis(50)));
        latency.put("bare_from_quiet_p50_ms", round(bareFromQuiet.percentileMillis(50)));
        latency.put("bare_from_quiet_over_back_to_back",
                round(bareFromQuiet.percentileMillis(50) / bareLatency.percentileMillis(50)));
        results.put("read_latency_one_connection", latency);

        out.println("bench: throughput at " + plan.connections() + " connections (bare endpoint, direct read, "
                + "read through the gateway), " + plan.measureMillis() / 1000 + " s each");
        long clusterPid = pid(ServiceModule.CLUSTER);
        long gatewayPid = pid(ServiceModule.GATEWAY);
        Load.Throughput bareRun = Load.throughput(clusterPort, bare, plan.connections(), plan.warmupMillis(),
                plan.measureMillis());
        long serviceCpuBefore = ProcessFootprint.cpuNanos(clusterPid);
        Load.Throughput directRun = Load.throughput(clusterPort, direct, plan.connections(), plan.warmupMillis(),
                plan.measureMillis());
        long serviceCpuDirect = ProcessFootprint.cpuNanos(clusterPid) - serviceCpuBefore;
        long gatewayCpuBefore = ProcessFootprint.cpuNanos(gatewayPid);
        serviceCpuBefore = ProcessFootprint.cpuNanos(clusterPid);
        Load.Throughput gatewayRun = Load.throughput(gatewayPort, viaGateway, plan.connections(),
                plan.warmupMillis(), plan.measureMillis());
        long gatewayCpu = ProcessFootprint.cpuNanos(gatewayPid) - gatewayCpuBefore;
        long serviceCpuProxied = ProcessFootprint.cpuNanos(clusterPid) - serviceCpuBefore;
        // CPU counters cover warm-up too: divide by every request answered in the run, not only the counted ones
        double directAll = directRun.perSecond() * (plan.warmupMillis() + plan.measureMillis()) / 1000.0;
        double gatewayAll = gatewayRun.perSecond() * (plan.warmupMillis() + plan.measureMillis()) / 1000.0;

        Map<String, Object> throughput = new LinkedHashMap<>();
        throughput.put("connections", plan.connections());
        throughput.put("seconds", directRun.seconds());
        throughput.put("bare_endpoint_per_s", round(bareRun.perSecond()));
        throughput.put("domain_read_direct_per_s", round(directRun.perSecond()));
        throughput.put("domain_read_gateway_per_s", round(gatewayRun.perSecond()));
        throughput.put("domain_read_over_bare", round(directRun.perSecond() / bareRun.perSecond()));
        throughput.put("gateway_over_direct", round(gatewayRun.perSecond() / directRun.perSecond()));
        throughput.put("service_cpu_us_per_read_direct", round(serviceCpuDirect / 1000.0 / directAll));
        throughput.put("service_cpu_us_per_read_proxied", round(serviceCpuProxied / 1000.0 / gatewayAll));
        throughput.put("gateway_cpu_us_per_proxied_read", round(gatewayCpu / 1000.0 / gatewayAll));
        throughput.put("errors", bareRun.errors() + directRun.errors() + gatewayRun.errors());
        results.put("read_throughput", throughput);
    }

    private void writesAndEventPath(Map<String, Object> results) throws Exception {
        int gatewayPort = config.port(ServiceModule.GATEWAY);
        createTopic(ROUND_TRIP_TOPIC, 1, Map.of());
        Samples writes = new Samples();
        Samples applied = new Samples();
        Samples roundTrips = new Samples();
        Samples transactions = new Samples();
        Samples backToBack = new Samples();
        // per revision: when the bench had the write's answer and when it learnt of the apply, in epoch micros
        Map<Long, long[]> answeredAndSeen = new HashMap<>();
        long workerCpu;
        List<Double> warmupCurve = new ArrayList<>();
        // the warm-up's last writes, each as soon as the previous one was applied everywhere: no pause before them
        Samples lastBatch = new Samples();
        int warmupWrites = 0;
        long epochMicros = epochMicros();
        long nanoAnchor = System.nanoTime();
        try (HttpConnection gateway = new HttpConnection("localhost", gatewayPort);
                HttpConnection scoring = new HttpConnection("localhost", config.port(ServiceModule.SCORING));
                RosterReadModels readModels = new RosterReadModels(config);
                KafkaRoundTrip kafka = new KafkaRoundTrip(producer(), consumer(), ROUND_TRIP_TOPIC);
                SmallTransaction transaction = new SmallTransaction(DriverManager.getConnection(
                        config.jdbcUrl("thidua_scoring"), "postgres", "postgres"))) {
            // The write and apply paths run once per write: before the JIT has compiled them, a sample measures
            // the interpreter, not the code. Warm them up as a running service is warm. The services' C1 compiles a
            // method after 200 calls only when its queue is empty; the write path brings thousands of methods to it
            // at once, which raises every threshold with the queue's length, so the write's own methods wait for
            // hundreds or thousands of calls more (measured, cluster-service's worker CPU per write in successive
            // batches of 300 writes: 19.0, 7.1, 5.5, 4.8, 4.7, 4.7, 4.7, 5.0 ms, and 3.0-3.6 ms after 4,500 writes).
            // So at least 3,000 writes, then batches until the worker CPU per write stops falling. The floor's probes
            // (a bare Kafka round trip, a small transaction) warm up beside them, as often: with fewer, the broker's
            // and the client's paths are colder than the event path's and the floor looks higher.
            out.println("bench: at least " + plan.warmupWrites() + " roster writes to warm up the write and apply "
                    + "paths, each with a bare Kafka round trip and a small transaction, until cluster-service's "
                    + "worker CPU per write stops falling");
            long clusterPid = pid(ServiceModule.CLUSTER);
            double best = Double.MAX_VALUE;
            ProcessFootprint.ThreadCpu cpuBefore = ProcessFootprint.threadCpu(clusterPid, WORKER_THREADS);
            while (warmupWrites < plan.maxWarmupWrites()) {
                lastBatch = new Samples();
                for (int i = 0; i < WARMUP_BATCH; i++) {
                    long begin = System.nanoTime();
                    long revision = write(gateway, gatewayPort);
                    lastBatch.add(System.nanoTime() - begin);
                    readModels.awaitAll(revision, Duration.ofSeconds(30));
                    kafka.once();
                    transaction.once();
                }
                warmupWrites += WARMUP_BATCH;
                ProcessFootprint.ThreadCpu cpuAfter = ProcessFootprint.threadCpu(clusterPid, WORKER_THREADS);
                double perWrite = cpuAfter.nanosSince(cpuBefore) / 1e6 / WARMUP_BATCH;
                cpuBefore = cpuAfter; // one look ends a batch and starts the next
                warmupCurve.add(round(perWrite));
                if (warmupWrites >= plan.warmupWrites() && perWrite > best * WARM_ENOUGH) {
                    break;
                }
                best = Math.min(best, perWrite);
            }
            out.println("bench: warm after " + warmupWrites + " writes; worker CPU per write by batch of "
                    + WARMUP_BATCH + " (ms): " + warmupCurve);
            out.println("bench: " + plan.roundTrips() + " bare Kafka round trips back to back");
            for (int i = 0; i < plan.roundTrips(); i++) {
                backToBack.add(kafka.once());
            }
            out.println("bench: " + plan.writes() + " roster writes through the gateway, each from a quiet stack "
                    + "and followed until scoring-service's roster read model shows it; between them, from a quiet "
                    + "stack too, a bare Kafka round trip and a small transaction");
            ProcessFootprint.ThreadCpu workerCpuBefore = ProcessFootprint.threadCpu(clusterPid, WORKER_THREADS);
            for (int i = 0; i < plan.writes(); i++) {
                long begin = System.nanoTime();
                long revision = write(gateway, gatewayPort);
                long committed = System.nanoTime();
                long seen = readModels.awaitScoring(revision, Duration.ofSeconds(30));
                writes.add(committed - begin);
                applied.add(seen - committed);
                answeredAndSeen.put(revision, new long[] {epochMicros + (committed - nanoAnchor) / 1000,
                        epochMicros + (seen - nanoAnchor) / 1000});
                // what the table showed, the service's API shows too (not timed)
                expectRoster(scoring, revision);
                // the other consumers of the event finish too, so that what follows starts unloaded
                readModels.awaitAll(revision, Duration.ofSeconds(30));
                Load.pause(QUIET_NANOS);
                roundTrips.add(kafka.once());
                Load.pause(QUIET_NANOS);
                transactions.add(transaction.once());
                Load.pause(QUIET_NANOS);
            }
            // nothing else of this loop runs on cluster-service's workers: the round trips and transactions go to
            // Kafka and to scoring's database, the read models are read from their tables
            workerCpu = ProcessFootprint.threadCpu(clusterPid, WORKER_THREADS).nanosSince(workerCpuBefore);
        }
        Map<String, Object> write = new LinkedHashMap<>();
        write.put("samples", writes.size());
        write.put("p50_ms", round(writes.percentileMillis(50)));
        write.put("p99_ms", round(writes.percentileMillis(99)));
        write.put("without_pause_p50_ms", round(lastBatch.percentileMillis(50)));
        write.put("service_worker_cpu_ms_per_write", round(workerCpu / 1e6 / plan.writes()));
        write.put("warmup_writes", warmupWrites);
        write.put("warmup_worker_cpu_ms_per_write_by_batch", warmupCurve);
        results.put("write_through_gateway", write);

        double floor = roundTrips.percentileMillis(50) + 2 * transactions.percentileMillis(50);
        Map<String, Object> eventPath = new LinkedHashMap<>();
        eventPath.put("samples", applied.size());
        eventPath.put("commit_to_applied_p50_ms", round(applied.percentileMillis(50)));
        eventPath.put("commit_to_applied_p99_ms", round(applied.percentileMillis(99)));
        eventPath.put("kafka_round_trip_p50_ms", round(roundTrips.percentileMillis(50)));
        eventPath.put("kafka_round_trip_p99_ms", round(roundTrips.percentileMillis(99)));
        eventPath.put("kafka_round_trip_back_to_back_p50_ms", round(backToBack.percentileMillis(50)));
        eventPath.put("small_transaction_p50_ms", round(transactions.percentileMillis(50)));
        eventPath.put("floor_p50_ms", round(floor));
        eventPath.put("p50_over_round_trip",
                round(applied.percentileMillis(50) / roundTrips.percentileMillis(50)));
        eventPath.put("p99_over_round_trip",
                round(applied.percentileMillis(99) / roundTrips.percentileMillis(99)));
        eventPath.put("p50_over_floor", round(applied.percentileMillis(50) / floor));
        eventPath.put("stages", stages(answeredAndSeen));
        results.put("event_path", eventPath);
    }

    /**
     * Where each measured write's commit-to-applied went, on one clock (the machine's): the bench's answer and
     * notification times beside the services' own timestamps. Answer -> relay acknowledged by Kafka ({@code sent_at},
     * cluster-service's outbox) -> scoring-service's consumer began its transaction ({@code processed_at}) ->
     * the bench learnt of its commit. p50 of each, in ms; events are matched to writes by the revision they carry.
     */
    private Map<String, Object> stages(Map<Long, long[]> answeredAndSeen) throws SQLException {
        Map<String, long[]> byId = new HashMap<>();
        try (Connection cluster = DriverManager.getConnection(config.jdbcUrl("thidua_cluster"), "postgres",
                "postgres");
                PreparedStatement query = cluster.prepareStatement("""
                        SELECT id::text, (payload::jsonb ->> 'revision')::bigint,
                               (extract(epoch from sent_at) * 1000000)::bigint
                        FROM outbox_event WHERE topic = 'thidua.cluster.v1' AND sent_at IS NOT NULL
                        ORDER BY seq DESC LIMIT ?""")) {
            query.setInt(1, answeredAndSeen.size() * 2);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long[] times = answeredAndSeen.get(rows.getLong(2));
                    if (times != null) {
                        byId.put(rows.getString(1), new long[] {times[0], rows.getLong(3), 0, times[1]});
                    }
                }
            }
        }
        try (Connection scoring = DriverManager.getConnection(config.jdbcUrl("thidua_scoring"), "postgres",
                "postgres");
                PreparedStatement query = scoring.prepareStatement("""
                        SELECT event_id, (extract(epoch from processed_at) * 1000000)::bigint
                        FROM processed_event WHERE topic = 'thidua.cluster.v1'
                        ORDER BY processed_at DESC LIMIT ?""")) {
            query.setInt(1, answeredAndSeen.size() * 4);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long[] times = byId.get(rows.getString(1));
                    if (times != null) {
                        times[2] = rows.getLong(2);
                    }
                }
            }
        }
        Samples relayed = new Samples();
        Samples reached = new Samples();
        Samples applied = new Samples();
        for (long[] times : byId.values()) {
            if (times[2] > 0) {
                relayed.add((times[1] - times[0]) * 1000);
                reached.add((times[2] - times[1]) * 1000);
                applied.add((times[3] - times[2]) * 1000);
            }
        }
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("events", relayed.size());
        stages.put("answer_to_kafka_ack_p50_ms", round(relayed.percentileMillis(50)));
        stages.put("kafka_ack_to_consumer_start_p50_ms", round(reached.percentileMillis(50)));
        stages.put("consumer_start_to_seen_p50_ms", round(applied.percentileMillis(50)));
        return stages;
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** One roster write through the gateway, alternating five and six units; the revision it made. */
    private long write(HttpConnection gateway, int gatewayPort) throws IOException {
        boolean six = (writeCount++ % 2) == 0;
        HttpConnection.Answer answer = gateway.exchange(rosterWrite(gatewayPort, token,
                six ? UNITS : UNITS.subList(0, 5)));
        expect(answer, 200);
        return revisionOf(answer.text());
    }

    static long revisionOf(String clusterYear) throws IOException {
        Matcher revision = REVISION.matcher(clusterYear);
        if (!revision.find()) {
            throw new IOException("No revision in the answer: " + clusterYear);
        }
        return Long.parseLong(revision.group(1));
    }

    /** scoring-service's API shows the roster at {@code revision} or later. */
    private void expectRoster(HttpConnection scoring, long revision) throws IOException {
        HttpConnection.Answer answer = scoring.exchange(HttpConnection.request("GET",
                "/internal/rosters/" + CLUSTER + "/" + YEAR, config.port(ServiceModule.SCORING), Map.of(), null));
        expect(answer, 200);
        if (revisionOf(answer.text()) < revision) {
            throw new IOException("scoring-service's table showed revision " + revision + " but its API shows "
                    + answer.text());
        }
    }

    /** Before measuring: the fixture's roster has reached every consumer (their consumers caught up). */
    private void waitUntilApplied() throws IOException, SQLException {
        try (HttpConnection cluster = new HttpConnection("localhost", config.port(ServiceModule.CLUSTER));
                RosterReadModels readModels = new RosterReadModels(config)) {
            HttpConnection.Answer answer = cluster.exchange(HttpConnection.request("GET", READ_PATH,
                    config.port(ServiceModule.CLUSTER), Map.of(), null));
            expect(answer, 200);
            readModels.awaitAll(revisionOf(answer.text()), Duration.ofSeconds(120));
        }
    }

    /**
     * {@code relayEvents} rows committed at once into cluster-service's outbox (on a topic of their own, keys
     * spread over {@code relayKeys}), then one write wakes its relay. The rate is taken from the broker's append
     * times (LogAppendTime) of the first and last record, so it is the relay's own pace; the order of each key is
     * checked on arrival.
     */
    private void relayBurst(Map<String, Object> results) throws Exception {
        out.println("bench: outbox relay, a burst of " + plan.relayEvents() + " events");
        createTopic(RELAY_TOPIC, 3, Map.of("message.timestamp.type", "LogAppendTime"));
        List<TopicPartition> partitions = List.of(new TopicPartition(RELAY_TOPIC, 0),
                new TopicPartition(RELAY_TOPIC, 1), new TopicPartition(RELAY_TOPIC, 2));
        Map<String, Object> relay = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            insertBurst();
            long committed = System.nanoTime();
            try (HttpConnection gateway = new HttpConnection("localhost", config.port(ServiceModule.GATEWAY))) {
                boolean six = (writeCount++ % 2) == 0;
                expect(gateway.exchange(rosterWrite(config.port(ServiceModule.GATEWAY), token,
                        six ? UNITS : UNITS.subList(0, 5))), 200);
            }
            Map<String, Integer> lastByKey = new HashMap<>();
            Set<Integer> seen = new HashSet<>();
            long outOfOrder = 0;
            long duplicates = 0;
            long firstAppend = Long.MAX_VALUE;
            long lastAppend = Long.MIN_VALUE;
            long lastArrival = committed;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (seen.size() < plan.relayEvents() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    int n = Integer.parseInt(record.value().replaceAll("\\D", ""));
                    Integer last = lastByKey.put(record.key(), n);
                    if (!seen.add(n)) {
                        duplicates++;
                    } else if (last != null && n < last) {
                        outOfOrder++;
                    }
                    firstAppend = Math.min(firstAppend, record.timestamp());
                    lastAppend = Math.max(lastAppend, record.timestamp());
                    lastArrival = System.nanoTime();
                }
            }
            double spanSeconds = Math.max(1, lastAppend - firstAppend) / 1000.0;
            relay.put("events", plan.relayEvents());
            relay.put("received", seen.size());
            relay.put("keys", plan.relayKeys());
            relay.put("events_per_s", round((seen.size() - 1) / spanSeconds));
            relay.put("seconds_first_to_last", round(spanSeconds));
            relay.put("seconds_commit_to_last_received", round((lastArrival - committed) / 1e9));
            relay.put("in_order_per_key", outOfOrder == 0 && seen.size() == plan.relayEvents());
            relay.put("out_of_order", outOfOrder);
            relay.put("duplicates", duplicates);
        }
        results.put("outbox_relay", relay);
    }

    private void insertBurst() throws SQLException {
        String sql = "INSERT INTO outbox_event (id, topic, record_key, type, source, payload, created_at) "
                + "VALUES (?, ?, ?, 'vn.thidua.bench.relay-probe.v1', '/thidua/bench', ?, now())";
        try (Connection db = DriverManager.getConnection(config.jdbcUrl("thidua_cluster")
                + "?reWriteBatchedInserts=true", "postgres", "postgres");
                PreparedStatement insert = db.prepareStatement(sql)) {
            db.setAutoCommit(false);
            for (int n = 0; n < plan.relayEvents(); n++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, RELAY_TOPIC);
                insert.setString(3, "k" + (n % plan.relayKeys()));
                insert.setString(4, "{\"n\":" + n + "}");
                insert.addBatch();
            }
            insert.executeBatch();
            db.commit();
        }
    }

    private void createTopic(String topic, int partitions, Map<String, String> topicConfig) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(topicConfig)))
                        .all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** As the outbox relay's producer: idempotent, acks=all; no linger, each record goes at once. */
    private KafkaProducer<String, String> producer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(props);
    }

    /** A plain consumer with the client's defaults, assigned partitions, no group. */
    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        return new KafkaConsumer<>(props);
    }

    private long pid(ServiceModule module) {
        return stack.servicePid(module)
                .orElseThrow(() -> new IllegalStateException(module.moduleName() + " is not running"));
    }

    /** Every process of the stack: the launcher (with Kafka), PostgreSQL with its backends, the services. */
    public static Map<String, Collection<Long>> processes(LaunchedStack stack) {
        Map<String, Collection<Long>> pids = new LinkedHashMap<>();
        pids.put("launcher and Kafka", List.of(stack.launcherPid()));
        stack.postgresPid().ifPresent(pid -> pids.put("PostgreSQL", ProcessFootprint.withDescendants(pid)));
        for (ServiceModule module : stack.config().modules()) {
            stack.servicePid(module).ifPresent(pid -> pids.put(module.moduleName(),
                    ProcessFootprint.withDescendants(pid)));
        }
        return pids;
    }

    /** RSS and PSS of the whole stack, with the RSS of each part, in MB. */
    public static Map<String, Object> footprint(LaunchedStack stack) {
        Map<String, Collection<Long>> pids = processes(stack);
        List<Long> all = new ArrayList<>();
        Map<String, Object> parts = new LinkedHashMap<>();
        pids.forEach((name, list) -> {
            all.addAll(list);
            parts.put(name, ProcessFootprint.rssBytes(list) / (1024 * 1024));
        });
        Map<String, Object> footprint = new LinkedHashMap<>();
        footprint.put("rss_mb", ProcessFootprint.rssBytes(all) / (1024 * 1024));
        footprint.put("pss_mb", ProcessFootprint.pssBytes(all) / (1024 * 1024));
        footprint.put("rss_mb_by_process", parts);
        return footprint;
    }

    static byte[] rosterWrite(int port, String token, List<String> units) {
        return HttpConnection.request("PUT", "/api/v1/clusters/" + CLUSTER + "/years/" + YEAR + "/members", port,
                json(token), "{\"unitCodes\":[\"" + String.join("\",\"", units) + "\"]}");
    }

    private static Map<String, String> json(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        return headers;
    }

    private static void expect(HttpConnection.Answer answer, int... statuses) throws IOException {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new IOException("Unexpected answer " + answer.status() + ": " + answer.text());
    }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }

    /** For the report: the machine's load when the bench began (other work on the same cores skews figures). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
