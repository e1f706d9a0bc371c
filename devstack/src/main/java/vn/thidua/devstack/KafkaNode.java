package vn.thidua.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node KRaft server (broker and controller) inside the launcher's JVM, built with the Kafka
 * companion's EmbeddedKafkaBroker helpers, keeping its log directory between runs.
 * <p>
 * Persistence: storage is formatted with "ignore formatted", so a directory formatted by an earlier run keeps
 * its metadata log, and topics and committed offsets survive. A new format needs the same cluster id, read
 * back from meta.properties; the controller port is fixed because the static quorum configuration names it.
 */
public final class KafkaNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaNode.class);
    /** The suite's topics (architecture.md); each has a dead-letter twin. */
    public static final List<String> TOPICS = List.of(
            "thidua.cluster.v1", "thidua.scoring.v1", "thidua.nomination.v1", "thidua.conference.v1");
    public static final String DLQ_SUFFIX = ".dlq";
    /**
     * Topics compacted by key instead of deleted by age, so a read model can be rebuilt from them at any time: the
     * latest record of each key carries that aggregate's full state (membership-changed is the whole roster and
     * follows every leadership-assigned; unit and cluster events have one record per key, units-merged one key
     * per merger). See events/README.md.
     */
    public static final Set<String> COMPACTED = Set.of("thidua.cluster.v1");
    static final int PARTITIONS = 3;
    private static final long ADMIN_TIMEOUT_S = 30;
    private static final int NODE_ID = 1;
    private static final String HOST = "localhost";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaNode(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        Files.createDirectories(logDir);
        // the companion's defaults for a single-node test broker: replication factor 1, small buffers
        Properties props = EmbeddedKafkaBroker.createDefaultBrokerConfig(NODE_ID,
                EmbeddedKafkaBroker.endpoint("CONTROLLER", SecurityProtocol.PLAINTEXT, HOST, controllerPort),
                EmbeddedKafkaBroker.endpoint(SecurityProtocol.PLAINTEXT, HOST, port),
                List.of());
        props.put("log.dir", logDir.toString());
        // consumers of a freshly started service join at once instead of after 3 s
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", Integer.toString(PARTITIONS));
        // A broker stopped without a controlled shutdown (the companion's default) stays registered unfenced: on
        // the next start the controller gives that incarnation a fresh session and refuses the new registration
        // until it expires (2.7 s of DuplicateBrokerRegistrationException per restart). Stopping this way fences it.
        props.put("controlled.shutdown.enable", "true");
        // and should a stop not get that far (killed), the old session expires in 3 s instead of 9
        props.put("broker.session.timeout.ms", "3000");
        props.put("broker.heartbeat.interval.ms", "500");
        try {
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            format(config);
            server = EmbeddedKafkaBroker.createServer(config);
        } catch (Exception e) {
            throw new IOException("Kafka did not start on port " + port + " (controller " + controllerPort + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Formats the log directory unless a previous run did. Done here rather than by EmbeddedKafkaBroker#start
     * only to keep the formatter's console output out of the launcher's.
     */
    private void format(KafkaConfig config) throws Exception {
        Optional<String> existing = existingClusterId(logDir);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(existing.orElseGet(() -> Uuid.randomUuid().toString()))
                .setNodeId(config.nodeId())
                .setIgnoreFormatted(true)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(config.metadataLogDir())
                .addDirectory(logDir.toString())
                .run();
        if (existing.isEmpty()) {
            LOG.info("Formatted Kafka storage in {}", logDir);
        }
    }

    /** Creates the suite's topics and their .dlq twins that do not exist yet. */
    public void ensureTopics() throws IOException {
        List<String> wanted = new ArrayList<>();
        for (String topic : TOPICS) {
            wanted.add(topic);
            wanted.add(topic + DLQ_SUFFIX);
        }
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_S, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1).configs(COMPACTED.contains(t)
                            ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                            : Map.of()))
                    .toList();
            compactExisting(admin, existing);
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(ADMIN_TIMEOUT_S, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // a service that started early may have auto-created one in between
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not create Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while creating Kafka topics", e);
        }
    }

    /** Data directories from before compaction was introduced get it too. */
    private static void compactExisting(Admin admin, Set<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new java.util.HashMap<>();
        for (String topic : COMPACTED) {
            if (existing.contains(topic)) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET)));
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(ADMIN_TIMEOUT_S, TimeUnit.SECONDS);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker; the log directory stays for the next start. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka did not shut down cleanly: {}", e.toString());
        } finally {
            server = null;
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    /** The cluster id a previous run formatted this directory with, if any. */
    static Optional<String> existingClusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        }
        return Optional.ofNullable(props.getProperty("cluster.id"));
    }
}
