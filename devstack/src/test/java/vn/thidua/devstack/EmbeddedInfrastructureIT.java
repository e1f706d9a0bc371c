package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL and Kafka through DevStack, without services: databases and topics are created, survive a Kafka
 * restart and a whole-stack restart, each restart's broker registers at once, and nothing is left running
 * afterwards.
 */
class EmbeddedInfrastructureIT {

    private static final String TOPIC = "thidua.cluster.v1";

    @TempDir
    Path root;

    @Test
    void infrastructureStartsKeepsDataAndStopsCleanly() throws Exception {
        StackConfig config = DevStack.builder().rootDir(root).dataDir(root.resolve("data"))
                .randomFreePorts().infrastructureOnly().build();

        try (DevStack stack = new DevStack(config).start()) {
            assertTrue(databases(stack).containsAll(ServiceModule.databases()), "databases: " + databases(stack));
            assertSuiteTopics(stack);
            assertDurablePostgres(stack);
            execute(stack, "CREATE TABLE kept (id int)");
            send(stack, "cluster-2026", "first");

            StackStartException second = assertThrows(StackStartException.class,
                    () -> new DevStack(config).start());
            assertTrue(second.getMessage().contains("already running"), second.getMessage());

            try (BrokerLifecycle lifecycle = BrokerLifecycle.listen()) {
                stack.stopKafka();
                assertFalse(stack.isKafkaRunning());
                stack.startKafka();
                lifecycle.assertRegisteredAtOnce();
            }
            assertSuiteTopics(stack);
            assertEquals(List.of("first"), readAll(stack));
        }
        assertNoPostgresLeft(config);

        try (BrokerLifecycle lifecycle = BrokerLifecycle.listen(); DevStack again = new DevStack(config).start()) {
            lifecycle.assertRegisteredAtOnce();
            execute(again, "SELECT count(*) FROM kept");
            assertEquals(List.of("first"), readAll(again));
        }
        assertNoPostgresLeft(config);
    }

    /**
     * What the broker's lifecycle manager says while Kafka restarts on its data. A broker stopped without a
     * controlled shutdown stays registered: the restarted controller then refuses the new incarnation
     * ({@code DUPLICATE_BROKER_REGISTRATION}) until the old one's session expires, seconds of every restart.
     */
    private static final class BrokerLifecycle extends AbstractAppender implements AutoCloseable {

        private static final String LOGGER = "kafka.server.BrokerLifecycleManager";
        private final List<String> messages = new CopyOnWriteArrayList<>();

        private BrokerLifecycle() {
            super("broker-lifecycle", null, null, true, Property.EMPTY_ARRAY);
        }

        static BrokerLifecycle listen() {
            BrokerLifecycle appender = new BrokerLifecycle();
            appender.start();
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            LoggerConfig logger = new LoggerConfig(LOGGER, Level.INFO, false); // heard here only, not printed
            logger.addAppender(appender, Level.INFO, null);
            context.getConfiguration().addLogger(LOGGER, logger);
            context.updateLoggers();
            return appender;
        }

        @Override
        public void append(LogEvent event) {
            messages.add(event.getMessage().getFormattedMessage());
        }

        void assertRegisteredAtOnce() {
            // the broker did start while we listened: a silent logger would prove nothing
            assertTrue(messages.stream().anyMatch(m -> m.contains("is now STARTING")), () -> "heard " + messages);
            assertEquals(List.of(), messages.stream().filter(m -> m.contains("DUPLICATE_BROKER_REGISTRATION"))
                    .toList());
        }

        @Override
        public void close() {
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            context.getConfiguration().removeLogger(LOGGER);
            context.updateLoggers();
            stop();
        }
    }

    private static void assertSuiteTopics(DevStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            Set<String> wanted = new TreeSet<>();
            KafkaNode.TOPICS.forEach(t -> {
                wanted.add(t);
                wanted.add(t + KafkaNode.DLQ_SUFFIX);
            });
            Map<String, TopicDescription> topics = admin.describeTopics(wanted).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            assertEquals(8, topics.size());
            topics.values().forEach(t -> assertEquals(3, t.partitions().size(), t.name()));
            // The roster read models are rebuilt from it: its latest state per key must stay, whatever its age.
            var cluster = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, TOPIC);
            assertEquals("compact", admin.describeConfigs(List.of(cluster)).all().get(30, TimeUnit.SECONDS)
                    .get(cluster).get("cleanup.policy").value());
        }
    }

    /** The data users keep between runs survives a crash: no -F, commits reach the disk before they are confirmed. */
    private static void assertDurablePostgres(DevStack stack) throws SQLException {
        try (Connection c = connect(stack, "postgres"); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name, setting FROM pg_settings"
                        + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name")) {
            Map<String, String> settings = new java.util.TreeMap<>();
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
            assertEquals(Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on"), settings);
        }
    }

    private static List<String> databases(DevStack stack) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(stack, "postgres");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void execute(DevStack stack, String sql) throws SQLException {
        try (Connection c = connect(stack, "thidua_cluster"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(DevStack stack, String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
    }

    private static void send(DevStack stack, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(DevStack stack) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    /** The postmaster's command line names its data directory; none may remain, nor its pid file. */
    private static void assertNoPostgresLeft(StackConfig config) {
        String dataDir = config.postgresDir().toString();
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
        assertEquals(List.of(), left);
        assertFalse(Files.exists(config.postgresDir().resolve("postmaster.pid")));
    }
}
