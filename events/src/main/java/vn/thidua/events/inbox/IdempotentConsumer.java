package vn.thidua.events.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * Runs an event handler at most once per event id and consumer: the id goes into {@code processed_event} in the
 * same transaction as the handler's changes, so a redelivered event is skipped. A transient failure (database or
 * broker unavailable, lock, timeout) is retried with exponential backoff until it succeeds: the record's partition
 * waits, nothing is lost. When the service stops meanwhile, the retries end and the record is left unapplied and
 * unacknowledged, to be redelivered after restart ({@link ConsumerShutdown}). An event that can never be applied
 * ({@link FailureKind#PERMANENT}) propagates at once, and the channel's {@code dead-letter-queue} failure strategy
 * parks it on {@code <topic>.dlq} with the reason in its {@code dead-letter-reason} and
 * {@code dead-letter-exception-class-name} headers, and the partition moves on. While the handler runs, the event's
 * request id is in the logging MDC under {@code requestId}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** Same MDC key as the HTTP edge, so one request id follows a change from the API into every consumer. */
    public static final String REQUEST_ID_MDC = "requestId";

    private static final String CLAIM = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, processed_at)
            VALUES (?, ?, ?, ?, now())
            ON CONFLICT DO NOTHING
            """;

    @ConfigMapping(prefix = "thidua.inbox")
    public interface InboxConfig {

        /** Pause after the first transient failure; doubles after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("PT0.2S")
        Duration retryBackoff();

        /** Longest pause between two attempts at an event that keeps failing transiently. */
        @WithDefault("PT30S")
        Duration maxBackoff();
    }

    private final DataSource dataSource;
    private final ObjectMapper payloadMapper;
    private final InboxConfig config;
    private final MeterRegistry registry;
    private final Map<List<String>, Counter> consumed = new ConcurrentHashMap<>();
    private final ConsumerShutdown shutdown;

    public IdempotentConsumer(DataSource dataSource, ObjectMapper objectMapper, InboxConfig config,
            MeterRegistry registry, ConsumerShutdown shutdown) {
        this.dataSource = dataSource;
        // Forward compatible whatever the service's own JSON settings: a v1 payload may gain optional fields.
        this.payloadMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.config = config;
        this.registry = registry;
        this.shutdown = shutdown;
    }

    /**
     * Handles one record. Call it from a {@code @Blocking} {@code @Incoming} method without its own transaction, and
     * let it return: it also returns when the service stops during retries, once returning acknowledges nothing.
     *
     * @param consumer a name stable across releases: dedup is per consumer
     */
    public void handle(String consumer, ConsumerRecord<String, byte[]> record, EventRouting routing) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record, payloadMapper);
        } catch (MalformedEventException e) {
            count(consumer, "unknown", "dead-lettered");
            LOG.errorf("%s: %s; sent to the dead-letter topic", consumer, e.getMessage());
            throw e;
        }
        if (event.requestId() != null) {
            MDC.put(REQUEST_ID_MDC, event.requestId());
        }
        try {
            handle(consumer, event, routing);
        } finally {
            MDC.remove(REQUEST_ID_MDC);
        }
    }

    private void handle(String consumer, IncomingEvent event, EventRouting routing) {
        var route = routing.routeFor(event.type());
        if (route.isEmpty()) {
            count(consumer, event.type(), "skipped");
            LOG.debugf("%s: no handler for %s, skipped event %s", consumer, event.type(), event.id());
            return;
        }
        Duration backoff = config.retryBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(consumer, event, route.get()));
                count(consumer, event.type(), applied ? "processed" : "duplicate");
                if (attempt > 1) {
                    LOG.infof("%s: event %s (%s) applied at attempt %d", consumer, event.id(), event.type(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.PERMANENT) {
                    count(consumer, event.type(), "dead-lettered");
                    LOG.errorf("%s: event %s (%s) can never be applied, sent to the dead-letter topic: %s", consumer,
                            event.id(), event.type(), rootMessage(e));
                    throw e instanceof UnprocessableEventException ? e
                            : new UnprocessableEventException(rootMessage(e), e);
                }
                if (!shutdown.isStopping()) {
                    registry.counter("thidua.events.retries", "consumer", consumer, "type", event.type()).increment();
                    LOG.warnf("%s: event %s (%s) failed (attempt %d), retrying in %s: %s", consumer, event.id(),
                            event.type(), attempt, backoff, rootMessage(e));
                }
                if (shutdown.awaitStopping(backoff)) {
                    leaveForRedelivery(consumer, event, attempt, e);
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private <T extends vn.thidua.events.EventPayload> boolean apply(String consumer, IncomingEvent event,
            EventRouting.Route<T> route) {
        if (!claim(consumer, event)) {
            LOG.debugf("%s: event %s already processed, skipped", consumer, event.id());
            return false;
        }
        route.handler().accept(event.payload(route.payloadType(), payloadMapper), event);
        return true;
    }

    /**
     * Records the event as processed by this consumer, on the connection the transaction enlisted (the handler's
     * statements use it too); false when it already was. Plain JDBC: this runs for every event, and Hibernate's
     * native statement machinery cost more than the statement.
     */
    private boolean claim(String consumer, IncomingEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, consumer);
            claim.setString(2, event.id());
            claim.setString(3, event.type());
            claim.setString(4, event.topic());
            return claim.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("Recording event " + event.id() + " as processed failed", e);
        }
    }

    private void count(String consumer, String type, String outcome) {
        // looked up once: the registry's lookup (tags sorted, id built) per event cost more than the increment
        consumed.computeIfAbsent(List.of(consumer, type, outcome), key -> registry.counter("thidua.events.consumed",
                "consumer", consumer, "type", type, "outcome", outcome)).increment();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Neither acknowledging nor nacking is safe while the channel's Kafka consumer is open: an ack (the
     * {@code @Incoming} method returning) lets the throttled commit strategy commit the offset past an event that was
     * not applied, so it is lost; a nack (the method throwing) sends a valid event to the dead-letter topic. Hence
     * this returns only after SmallRye's {@code KafkaConnector.terminate} has closed the consumer: its commit handler
     * has then committed the processed offsets only and forgotten those in progress, so the ack that follows is
     * ignored and the record is redelivered after restart, where {@code processed_event} makes it safe. Throwing
     * after the close would still go through the dead-letter handler.
     */
    private void leaveForRedelivery(String consumer, IncomingEvent event, int attempts, RuntimeException failure) {
        count(consumer, event.type(), "left-unacknowledged");
        LOG.infof("%s: service stopping, event %s (%s) left unacknowledged after %d attempt(s), it is redelivered "
                + "after restart: %s", consumer, event.id(), event.type(), attempts, rootMessage(failure));
        shutdown.awaitConnectorsClosed();
    }
}
