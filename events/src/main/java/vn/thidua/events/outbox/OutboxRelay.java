package vn.thidua.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.thidua.events.CloudEventHeaders;

/**
 * Sends outbox rows to Kafka in {@code seq} order and marks them sent. Several instances of a service may run this
 * at once: one transaction-scoped advisory lock lets a single relay publish at a time (so rows of one key can never
 * be split between two instances and overtake each other), and rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so no row is ever claimed twice. Each row's outcome is recorded on its own: acknowledged rows are marked sent in
 * the same pass (never sent again), a refused row gets {@code attempts} and {@code last_error} and is tried again
 * after a pause; a row refused for good (not a retriable Kafka error) {@code thidua.outbox.max-attempts} times is
 * parked ({@code parked_at}) and the others go on. A retriable failure (broker unreachable) ends the pass: nothing
 * else could be sent either. Consumers drop the duplicates that a commit lost after a send may cause.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Advisory lock key of the publisher role: kept apart from any other use of advisory locks. */
    private static final int LOCK_NAMESPACE = 0x0_7468_6f62; // "thob"
    private static final int PUBLISHER_LOCK = 1;

    /**
     * Takes the publisher role and claims a batch in one round trip: without the role (another instance holds it) the
     * batch is empty. The same statement lets the commit that marks rows sent skip the wait for the disk: were that
     * mark lost in a crash, the rows would be sent again and the consumers drop the duplicates (they must anyway).
     * The records are acknowledged before this commit. The CTE holds volatile functions, so PostgreSQL evaluates it
     * once and never inlines it. The marks that follow are planned for their actual ids: after the many one-row passes
     * of a quiet outbox, PostgreSQL's cached generic plan for {@code id = ANY (?)} could be a sequential scan that
     * compares every row with every id of a 500-row batch (the bench's burst of 10,000: 3,600/s instead of 8,500).
     */
    private static final String CLAIM_BATCH = """
            WITH publisher AS (
                SELECT pg_try_advisory_xact_lock(?, ?) AS held,
                       set_config('synchronous_commit', 'off', true) AS commit_mode,
                       set_config('plan_cache_mode', 'force_custom_plan', true) AS plan_mode
            )
            SELECT o.id, o.topic, o.record_key, o.type, o.source, o.subject, o.data_schema, o.payload, o.created_at,
                   o.request_id, o.attempts
            FROM outbox_event o, publisher
            WHERE publisher.held AND o.sent_at IS NULL AND o.parked_at IS NULL
            ORDER BY o.seq
            LIMIT ?
            FOR UPDATE OF o SKIP LOCKED
            """;

    private static final String MARK_SENT = """
            UPDATE outbox_event SET sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL
            WHERE id = ANY (?)
            """;

    private static final String MARK_FAILED = """
            UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?
            """;

    private static final String MARK_PARKED = """
            UPDATE outbox_event SET attempts = attempts + 1, last_error = ?, parked_at = now() WHERE id = ?
            """;

    private final OutboxConfig config;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failures;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private Producer<String, byte[]> producer;
    private Instant nextPurge = Instant.EPOCH;

    @Inject
    public OutboxRelay(OutboxConfig config, DataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("thidua.outbox.published")
                .description("Outbox events published to Kafka").register(registry);
        this.failures = Counter.builder("thidua.outbox.publish.failures")
                .description("Outbox sends refused by Kafka, retried or parked").register(registry);

    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (thidua.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            wakeUps.release();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Asks for a relay pass now, e.g. right after a transaction that wrote outbox rows committed. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (!running) {
                    return;
                }
                if (drain() < 0) {
                    sleep(config.retryBackoff());
                    wakeUps.release(); // rows are waiting for another attempt
                }
                purgeIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("Outbox relay pass failed, retrying in %s: %s", config.retryBackoff(), rootMessage(e));
                closeProducer();
                sleep(config.retryBackoff());
            }
        }
    }

    /**
     * Publishes until nothing is left that this instance may claim, or a send failed. Visible for tests.
     *
     * @return the number of rows sent, or -1 when a row failed and is waiting for another attempt
     */
    public int drain() {
        int total = 0;
        Pass pass;
        do {
            pass = QuarkusTransaction.requiringNew().timeout(120).call(this::publishBatch);
            total += pass.sent();
            if (pass.failed() > 0) {
                return -1;
            }
        } while (pass.claimed() == config.batchSize() && running);
        return total;
    }

    private record Pass(int claimed, int sent, int failed) {
    }

    /**
     * One batch in the caller's transaction. Plain JDBC on the connection the transaction enlisted: this runs for
     * every event, and Hibernate's native query machinery (result mapping, bulk-operation cleanup, session) was most
     * of the relay's CPU between a commit and its send.
     */
    private Pass publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<PendingEvent> batch = claim(connection);
            if (batch.isEmpty()) {
                return new Pass(0, 0, 0); // nothing to send, or another instance is publishing and sends it
            }
            Producer<String, byte[]> kafka = producer();
            // In claim order; a list, not a map: keying by the record would hash every row's payload
            List<Map.Entry<PendingEvent, Future<RecordMetadata>>> acks = new ArrayList<>(batch.size());
            for (PendingEvent event : batch) {
                Future<RecordMetadata> ack;
                try {
                    ack = kafka.send(toRecord(event));
                } catch (RuntimeException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
                acks.add(Map.entry(event, ack));
                if (ack.isDone() && isRetriable(failureOf(ack))) {
                    break; // the broker is unreachable: the rest would wait for metadata in vain
                }
            }
            kafka.flush();
            List<UUID> sentIds = new ArrayList<>(acks.size());
            int failed = 0;
            boolean brokerTrouble = false;
            for (Map.Entry<PendingEvent, Future<RecordMetadata>> entry : acks) {
                PendingEvent event = entry.getKey();
                Throwable failure = failureOf(entry.getValue());
                if (failure == null) {
                    sentIds.add(event.id());
                    continue;
                }
                failed++;
                failures.increment();
                brokerTrouble |= isRetriable(failure);
                int attempts = event.attempts() + 1;
                String error = truncate(rootMessage(failure), 1000);
                boolean park = !isRetriable(failure) && attempts >= config.maxAttempts();
                try (PreparedStatement mark = connection.prepareStatement(park ? MARK_PARKED : MARK_FAILED)) {
                    mark.setString(1, error);
                    mark.setObject(2, event.id());
                    mark.executeUpdate();
                }
                if (park) {
                    LOG.errorf("Outbox event %s (%s, key %s) parked after %d attempts: %s", event.id(), event.type(),
                            event.recordKey(), attempts, error);
                } else {
                    LOG.warnf("Outbox event %s (%s, key %s) not published (attempt %d): %s", event.id(), event.type(),
                            event.recordKey(), attempts, error);
                }
            }
            if (!sentIds.isEmpty()) {
                try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
                    mark.setArray(1, connection.createArrayOf("uuid", sentIds.toArray()));
                    mark.executeUpdate();
                }
            }
            int sent = sentIds.size();
            published.increment(sent);
            LOG.debugf("Published %d outbox events, %d failed", sent, failed);
            if (brokerTrouble) {
                closeProducer(); // it may be in a state it cannot leave (e.g. fenced): start afresh next pass
            }
            return new Pass(batch.size(), sent, failed);
        }
    }

    private List<PendingEvent> claim(Connection connection) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_BATCH)) {
            claim.setInt(1, LOCK_NAMESPACE);
            claim.setInt(2, PUBLISHER_LOCK);
            claim.setInt(3, config.batchSize());
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    batch.add(new PendingEvent(row.getObject("id", UUID.class), row.getString("topic"),
                            row.getString("record_key"), row.getString("type"), row.getString("source"),
                            row.getString("subject"), row.getString("data_schema"), row.getString("payload"),
                            row.getObject("created_at", OffsetDateTime.class), row.getString("request_id"),
                            row.getInt("attempts")));
                }
            }
            return batch;
        }
    }

    /** A claimed outbox row: what its record needs, and its attempts so far. */
    private record PendingEvent(UUID id, String topic, String recordKey, String type, String source, String subject,
            String dataSchema, String payload, OffsetDateTime createdAt, String requestId, int attempts) {
    }

    /** The send's failure, or null once acknowledged; waits for the acknowledgement. */
    private static Throwable failureOf(Future<RecordMetadata> ack) {
        try {
            ack.get(60, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /** A broker outage or timeout, as opposed to a record Kafka refuses whatever the attempt. */
    private static boolean isRetriable(Throwable failure) {
        return failure instanceof RetriableException || failure instanceof TimeoutException
                || failure instanceof InterruptedException;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.recordKey(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SUBJECT, event.subject());
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.createdAt()));
        header(record, CloudEventHeaders.DATA_SCHEMA, event.dataSchema());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(record, CloudEventHeaders.REQUEST_ID, event.requestId());
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void purgeIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(Duration.ofHours(1));
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        long purged = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.delete("sentAt < ?1", cutoff));
        if (purged > 0) {
            LOG.infof("Purged %d outbox events sent before %s", purged, cutoff);
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // A broker outage fails the batch in seconds, not minutes; the relay retries it.
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** After a failure the producer may be in a state it cannot leave (e.g. fenced): start afresh. */
    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
