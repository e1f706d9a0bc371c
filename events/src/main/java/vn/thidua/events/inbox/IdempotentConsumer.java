package vn.thidua.events.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Runs an event handler at most once per event id and consumer: the id goes into {@code processed_event} in the
 * same transaction as the handler's changes, so a redelivered event is skipped. A failing handler is retried with
 * a pause; after the last attempt the exception propagates, and the channel's {@code dead-letter-queue} failure
 * strategy parks the record on {@code <topic>.dlq} and moves on, so the partition is never blocked.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private static final String CLAIM = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, processed_at)
            VALUES (:consumer, :id, :type, :topic, :at)
            ON CONFLICT DO NOTHING
            """;

    @ConfigMapping(prefix = "thidua.inbox")
    public interface InboxConfig {

        /** Attempts per event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** Pause after the first failed attempt; doubles after each further one. */
        @WithDefault("PT0.2S")
        Duration retryBackoff();
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final InboxConfig config;
    private final MeterRegistry registry;

    public IdempotentConsumer(EntityManager entityManager, ObjectMapper objectMapper, InboxConfig config,
            MeterRegistry registry) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Handles one record. Call it from a {@code @Blocking} {@code @Incoming} method without its own transaction.
     *
     * @param consumer a name stable across releases: dedup is per consumer
     */
    public void handle(String consumer, ConsumerRecord<String, byte[]> record, EventRouting routing) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record, objectMapper);
        } catch (MalformedEventException e) {
            count(consumer, "unknown", "dead-lettered");
            LOG.errorf("%s: %s; sent to the dead-letter topic", consumer, e.getMessage());
            throw e;
        }
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
                return;
            } catch (MalformedEventException e) {
                count(consumer, event.type(), "dead-lettered");
                LOG.errorf("%s: %s; sent to the dead-letter topic", consumer, e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    count(consumer, event.type(), "dead-lettered");
                    LOG.errorf(e, "%s: event %s (%s) failed %d times; sent to the dead-letter topic", consumer,
                            event.id(), event.type(), attempt);
                    throw e;
                }
                LOG.warnf("%s: event %s (%s) failed (attempt %d): %s", consumer, event.id(), event.type(), attempt,
                        e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private <T extends vn.thidua.events.EventPayload> boolean apply(String consumer, IncomingEvent event,
            EventRouting.Route<T> route) {
        int claimed = entityManager.createNativeQuery(CLAIM)
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("topic", event.topic())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 0) {
            LOG.debugf("%s: event %s already processed, skipped", consumer, event.id());
            return false;
        }
        route.handler().accept(event.payload(route.payloadType(), objectMapper), event);
        return true;
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("thidua.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
