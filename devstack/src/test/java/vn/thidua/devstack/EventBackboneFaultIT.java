package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event backbone under faults, against the packaged cluster-service (producer) and scoring-service (a roster
 * consumer) as separate JVMs on embedded PostgreSQL and Kafka. Each scenario sends {@value #DEFAULT_CHANGES} roster
 * changes (system property {@code thidua.faults.changes}) over four cluster-years of its own cluster, injects one
 * fault midway, and then checks: every change that got a 2xx was published, every published event was applied by the
 * consumer exactly once (its id in the consumer's {@code processed_event}, whose key admits it once), the consumer's
 * rosters equal the producer's, a poison record sits in the DLQ and the partition moved on. Prints one line of
 * figures per scenario: duplicates are extra copies on the topic, redelivered-and-dropped what the consumer's dedup
 * skipped (copies, and records redelivered after a crash).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventBackboneFaultIT {

    private static final int DEFAULT_CHANGES = 200;
    private static final int CHANGES = Integer.getInteger("thidua.faults.changes", DEFAULT_CHANGES);
    private static final int[] YEARS = {2023, 2024, 2025, 2026};
    private static final int UNITS = 6;
    private static final String TOPIC = "thidua.cluster.v1";
    private static final String MEMBERSHIP_CHANGED = "vn.thidua.cluster.membership-changed.v1";
    private static final Duration SETTLE = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path dataDir;
    private static DevStack stack;
    private static TopicProbe topics;
    private static List<String> units;

    @BeforeAll
    static void startStack() throws Exception {
        dataDir = Files.createTempDirectory("thidua-faults-");
        stack = new DevStack(DevStack.builder()
                .rootDir(Path.of("").toAbsolutePath().getParent())
                .dataDir(dataDir)
                .randomFreePorts()
                .modules(List.of(ServiceModule.CLUSTER, ServiceModule.SCORING))
                .recordClassData(false)
                .build())
                .start();
        topics = new TopicProbe(stack.kafkaBootstrapServers());
        units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String code = "F" + suffix();
            HttpResponse<String> created = send(json("POST", cluster("/api/v1/units"),
                    Map.of("code", code, "name", "Đơn vị " + code, "kind", "AGENCY")));
            assertEquals(201, created.statusCode(), created.body());
            units.add(code);
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void shouldApplyEachChangeOnceWhenEveryRecordIsDeliveredThreeTimes() throws Exception {
        Scenario scenario = new Scenario("every record delivered three times");
        scenario.sendChanges(0, CHANGES);
        scenario.awaitPublished();
        List<ConsumerRecord<byte[], byte[]>> originals = topics.readAll(TOPIC, scenario::owns);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int copy = 0; copy < 2; copy++) {
                for (ConsumerRecord<byte[], byte[]> record : originals) {
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(TOPIC, record.key(), record.value());
                    for (Header header : record.headers()) {
                        again.headers().add(header);
                    }
                    producer.send(again);
                }
            }
            producer.flush();
        }
        scenario.verify();
        assertTrue(scenario.figures.duplicates >= 2L * scenario.figures.accepted, scenario.figures.toString());
        assertTrue(scenario.figures.redelivered >= 2L * scenario.figures.accepted, scenario.figures.toString());
    }

    @Test
    @Order(2)
    void shouldParkPoisonRecordAndMoveThePartitionOn() throws Exception {
        Scenario scenario = new Scenario("a poison record among them");
        scenario.sendChanges(0, CHANGES / 2);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            // Same key as later changes: the partition must go past it to apply them.
            ProducerRecord<byte[], byte[]> poison = new ProducerRecord<>(TOPIC, bytes(scenario.key(YEARS[0])),
                    bytes("{not json"));
            poison.headers().add("ce_specversion", bytes("1.0"));
            poison.headers().add("ce_id", bytes("poison-" + scenario.cluster));
            poison.headers().add("ce_type", bytes(MEMBERSHIP_CHANGED));
            poison.headers().add("ce_source", bytes("/fault-suite"));
            poison.headers().add("content-type", bytes("application/json"));
            producer.send(poison).get(30, TimeUnit.SECONDS);
        }
        scenario.sendChanges(CHANGES / 2, CHANGES);
        scenario.verify();
        assertEquals(1, scenario.figures.deadLettered, scenario.figures.toString());

        DeadLetters deadLetters = new DeadLetters(stack.kafkaBootstrapServers());
        DeadLetters.Parked parked = deadLetters.list(TOPIC).stream()
                .filter(p -> ("poison-" + scenario.cluster).equals(p.eventId())).findFirst().orElseThrow();
        assertTrue(parked.reason().contains("Unreadable") || parked.reason().contains("JsonParse"), parked.reason());
    }

    @Test
    @Order(3)
    void shouldDeliverEveryChangeOnceAcrossKafkaRestart() throws Exception {
        Scenario scenario = new Scenario("Kafka stopped and restarted midway");
        scenario.sendChanges(0, CHANGES / 2);
        stack.stopKafka();
        try {
            // Accepted while the broker is down: the change and its event commit together in the outbox.
            scenario.sendChanges(CHANGES / 2, CHANGES * 3 / 4);
        } finally {
            stack.startKafka();
        }
        scenario.sendChanges(CHANGES * 3 / 4, CHANGES);
        scenario.verify();
        assertEquals(CHANGES, scenario.figures.accepted, "the outbox accepts changes while Kafka is down");
    }

    @Test
    @Order(4)
    void shouldDeliverEveryChangeOnceAcrossConsumerKilledAndRestarted() throws Exception {
        Scenario scenario = new Scenario("scoring-service SIGKILLed and restarted midway");
        scenario.sendChanges(0, CHANGES / 2);
        stack.killService(ServiceModule.SCORING);
        scenario.sendChanges(CHANGES / 2, CHANGES * 3 / 4);
        stack.restartService(ServiceModule.SCORING, Duration.ofSeconds(180));
        scenario.sendChanges(CHANGES * 3 / 4, CHANGES);
        scenario.verify();
        assertEquals(CHANGES, scenario.figures.accepted);
    }

    @Test
    @Order(5)
    void shouldDeliverEveryAcceptedChangeOnceAcrossProducerDatabaseCrash() throws Exception {
        Scenario scenario = new Scenario("PostgreSQL killed and restarted midway");
        scenario.sendChanges(0, CHANGES / 2);
        stack.killPostgres();
        try {
            // Refused (5xx or no answer) while the database is gone: not accepted, so not owed to consumers.
            scenario.sendChanges(CHANGES / 2, CHANGES / 2 + 4);
        } finally {
            stack.startPostgres();
        }
        awaitTrue(() -> ready(ServiceModule.CLUSTER) && ready(ServiceModule.SCORING), SETTLE, () -> "services ready");
        scenario.sendChanges(CHANGES / 2 + 4, CHANGES);
        scenario.verify();
    }

    /** Events scoring-service's roster consumer recognised as already applied, since it started. */
    private static double droppedDuplicates() throws Exception {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(ServiceModule.SCORING)
                + "/q/metrics")).timeout(Duration.ofSeconds(30)).GET().build());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "(?m)^thidua_events_consumed_total\\{([^}]*)\\}\\s+([0-9.E+-]+)$").matcher(metrics.body());
        double total = 0;
        while (line.find()) {
            if (line.group(1).contains("consumer=\"roster\"") && line.group(1).contains("outcome=\"duplicate\"")) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return total;
    }

    /** One scenario's cluster, the changes sent to it, and the figures. */
    private static final class Scenario {

        final String name;
        final String cluster = "FS-" + suffix();
        final Figures figures = new Figures();
        final Map<String, Set<Long>> acceptedRevisions = new HashMap<>();
        final double droppedBefore;

        Scenario(String name) throws Exception {
            this.name = name;
            this.droppedBefore = droppedDuplicates();
            HttpResponse<String> created = send(json("POST", cluster("/api/v1/clusters"), Map.of("code", cluster,
                    "name", "Cụm " + cluster, "kind", "CLUSTER", "organizerLevel", "CENTRAL")));
            assertEquals(201, created.statusCode(), created.body());
        }

        String key(int year) {
            return cluster + "/" + year;
        }

        boolean owns(ConsumerRecord<byte[], byte[]> record) {
            return record.key() != null && new String(record.key(), StandardCharsets.UTF_8).startsWith(cluster + "/");
        }

        /**
         * Changes {@code from} (inclusive) to {@code to}: change i sets year {@code YEARS[i % 4]} to two units that
         * differ from that year's previous pair, in varying order, so every accepted change publishes an event.
         */
        void sendChanges(int from, int to) throws InterruptedException {
            for (int i = from; i < to; i++) {
                int year = YEARS[i % YEARS.length];
                int round = i / YEARS.length;
                List<String> members = List.of(units.get(round % UNITS), units.get((round + 1 + round % 2) % UNITS));
                figures.sent++;
                try {
                    HttpResponse<String> response = send(json("PUT",
                            cluster("/api/v1/clusters/" + cluster + "/years/" + year + "/members"),
                            Map.of("unitCodes", members)));
                    if (response.statusCode() / 100 == 2) {
                        figures.accepted++;
                        long revision = Long.parseLong(response.headers().firstValue("ETag").orElseThrow()
                                .replaceAll("\\D", ""));
                        acceptedRevisions.computeIfAbsent(key(year), k -> new HashSet<>()).add(revision);
                    }
                } catch (IOException e) {
                    // no answer: not accepted
                }
            }
        }

        /** Waits until the outbox of cluster-service has sent everything of this scenario. */
        void awaitPublished() throws Exception {
            awaitTrue(() -> count("thidua_cluster", "SELECT count(*) FROM outbox_event WHERE record_key LIKE ?"
                    + " AND sent_at IS NULL", cluster + "/%") == 0, SETTLE, () -> name + ": outbox not drained");
        }

        void verify() throws Exception {
            awaitPublished();
            Map<String, Set<Long>> published = publishedRevisions();
            Set<String> publishedIds = publishedIds();
            // Every 2xx change was published (a change in doubt when the database died may be published too).
            acceptedRevisions.forEach((key, revisions) -> assertTrue(published.getOrDefault(key, Set.of())
                    .containsAll(revisions), name + ": accepted revisions of " + key + " not all published"));
            awaitTrue(() -> appliedIds().containsAll(publishedIds) && topics.caughtUp("scoring-service", TOPIC),
                    SETTLE, () -> name + ": not every published event was applied");
            figures.published = publishedIds.size();
            figures.applied = appliedIds().stream().filter(publishedIds::contains).count();
            List<ConsumerRecord<byte[], byte[]>> records = topics.readAll(TOPIC, this::owns);
            figures.duplicates = records.size() - records.stream().map(r -> header(r, "ce_id")).distinct().count();
            figures.deadLettered = topics.readAll(TOPIC + KafkaNode.DLQ_SUFFIX, this::owns).size();
            double dropped = droppedDuplicates();
            // A restarted consumer counts from zero: then all it counted happened in this scenario.
            figures.redelivered = (long) (dropped >= droppedBefore ? dropped - droppedBefore : dropped);
            for (int year : YEARS) {
                JsonNode source = getJson(cluster("/api/v1/clusters/" + cluster + "/years/" + year));
                JsonNode copy = getJson(stack.serviceUrl(ServiceModule.SCORING) + "/internal/rosters/" + cluster + "/"
                        + year);
                assertEquals(source.get("members").findValuesAsText("unitCode"),
                        texts(copy.get("unitCodes")), name + ": roster of " + key(year));
                assertEquals(source.get("revision").asLong(), copy.get("revision").asLong(), name + ": revision");
            }
            System.out.printf("FAULT SUITE [%s] %s%n", name, figures);
            assertEquals(figures.published, figures.applied, name + ": " + figures);
        }

        private Map<String, Set<Long>> publishedRevisions() throws SQLException, IOException {
            Map<String, Set<Long>> revisions = new HashMap<>();
            try (Connection c = connect("thidua_cluster"); PreparedStatement s = c.prepareStatement(
                    "SELECT record_key, payload FROM outbox_event WHERE record_key LIKE ? AND type = ?")) {
                s.setString(1, cluster + "/%");
                s.setString(2, MEMBERSHIP_CHANGED);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        revisions.computeIfAbsent(rows.getString(1), k -> new HashSet<>())
                                .add(JSON.readTree(rows.getString(2)).get("revision").asLong());
                    }
                }
            }
            return revisions;
        }

        private Set<String> publishedIds() throws SQLException {
            return strings("thidua_cluster", "SELECT id::text FROM outbox_event WHERE record_key LIKE ?",
                    cluster + "/%");
        }

        private Set<String> appliedIds() throws SQLException {
            return strings("thidua_scoring", "SELECT event_id FROM processed_event WHERE consumer = 'roster'", null);
        }
    }

    /** The figures a scenario prints. */
    private static final class Figures {
        long sent;
        long accepted;
        long published;
        long applied;
        long duplicates;
        long deadLettered;
        long redelivered;

        @Override
        public String toString() {
            return "sent=" + sent + " accepted=" + accepted + " published=" + published + " applied=" + applied
                    + " duplicates=" + duplicates + " redelivered-and-dropped=" + redelivered
                    + " dead-lettered=" + deadLettered;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static boolean ready(ServiceModule module) {
        try {
            return send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(module) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static long count(String database, String sql, String parameter) throws SQLException {
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Set<String> strings(String database, String sql, String parameter) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, Duration timeout, java.util.function.Supplier<String> message)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (SQLException | IOException e) {
                // the database or a service is coming back: try again
            }
            Thread.sleep(250);
        }
        throw new AssertionError(message.get() + " within " + timeout);
    }

    private static String cluster(String path) {
        return stack.serviceUrl(ServiceModule.CLUSTER) + path;
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .GET().build());
        assertEquals(200, response.statusCode(), url + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    /** Every write of the suite is the central board's (units, clusters, rosters), with the stack's own key. */
    private static HttpRequest json(String method, String url, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevKeys.of(dataDir).sign("central-board", null, null,
                        "faults-central-board", Duration.ofHours(1)))
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
