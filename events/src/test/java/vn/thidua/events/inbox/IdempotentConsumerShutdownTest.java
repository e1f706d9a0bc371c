package vn.thidua.events.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaConnector;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * The service stops while a consumer retries a transient failure (database down). The consumer runs against the real
 * PostgreSQL with its own {@link ConsumerShutdown}, whose two steps the test plays as Quarkus would: the shared
 * application must keep running for the other test classes.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class IdempotentConsumerShutdownTest {

    private static final String CONSUMER = "test-shutdown";

    /** So long that only the service's stop can end the first backoff within the test. */
    private static final IdempotentConsumer.InboxConfig HOUR_BACKOFF = new IdempotentConsumer.InboxConfig() {
        @Override
        public Duration retryBackoff() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofHours(1);
        }
    };

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    MeterRegistry registry;

    @Inject
    BeanManager beanManager;

    @Test
    void shouldStopRetryingWithoutDeadLetteringWhenTheServiceStops() throws Exception {
        ConsumerShutdown shutdown = new ConsumerShutdown();
        IdempotentConsumer consumer = new IdempotentConsumer(dataSource, objectMapper, HOUR_BACKOFF, registry,
                shutdown);
        AtomicBoolean databaseAway = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> {
            calls.incrementAndGet();
            if (databaseAway.get()) {
                throw new IllegalStateException("database away",
                        new SQLTransientConnectionException("connection refused", "08001"));
            }
        }).build();
        String id = UUID.randomUUID().toString();

        FutureTask<Void> handling = new FutureTask<>(() -> consumer.handle(CONSUMER, record(id), routing), null);
        Thread worker = new Thread(handling, "test-consumer-worker");
        worker.setDaemon(true);
        worker.start();
        try {
            await(() -> calls.get() == 1 && worker.getState() == Thread.State.TIMED_WAITING,
                    "first attempt failed, backing off");

            shutdown.serviceStopping(new ShutdownEvent());
            // Returning now would acknowledge the record while the channel's consumer can still commit its offset.
            assertThrows(TimeoutException.class, () -> handling.get(1, TimeUnit.SECONDS),
                    "handle must not return while the Kafka connector is open");
            assertEquals(1, calls.get(), "no further attempt once the service stops");

            shutdown.connectorsClosed(new Object());
            // Normal return: an exception would nack the record into the dead-letter topic.
            assertDoesNotThrow(() -> handling.get(5, TimeUnit.SECONDS),
                    "handle must return, without an exception, once the connector closed");
        } finally {
            databaseAway.set(false); // so that a consumer still retrying ends
        }
        assertEquals(1, calls.get());
        assertFalse(processed(id), "not recorded as processed");
        assertNull(registry.find("thidua.events.consumed").tags("consumer", CONSUMER, "outcome", "dead-lettered")
                .counter(), "not counted as dead-lettered");
        assertEquals(1.0, registry.get("thidua.events.consumed")
                .tags("consumer", CONSUMER, "outcome", "left-unacknowledged").counter().count());

        // Redelivered after restart, it is applied.
        new IdempotentConsumer(dataSource, objectMapper, HOUR_BACKOFF, registry, new ConsumerShutdown())
                .handle(CONSUMER, record(id), routing);
        assertEquals(2, calls.get());
        assertTrue(processed(id));
    }

    @Test
    void shouldReleaseStoppedConsumersOnlyAfterTheKafkaConnectorClosedItsConsumers() {
        Map<Class<?>, Integer> priorities = beanManager
                .resolveObserverMethods(new Object(), BeforeDestroyed.Literal.APPLICATION).stream()
                .collect(Collectors.toMap(ObserverMethod::getBeanClass, ObserverMethod::getPriority, Math::max));

        assertTrue(priorities.containsKey(KafkaConnector.class), priorities::toString);
        assertTrue(priorities.get(ConsumerShutdown.class) > priorities.get(KafkaConnector.class),
                () -> "the consumers' release must come after KafkaConnector.terminate: " + priorities);
        assertTrue(beanManager.resolveObserverMethods(new ShutdownEvent()).stream()
                .anyMatch(observer -> observer.getBeanClass() == ConsumerShutdown.class));
    }

    private boolean processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .setParameter("consumer", CONSUMER)
                .setParameter("id", id)
                .getSingleResult()).intValue() == 1);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }

    private static ConsumerRecord<String, byte[]> record(String id) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("thidua.cluster.v1", 0, 0, "C/2024", """
                {"clusterCode":"C","year":2024,"unitCodes":["08"],"revision":1}""".getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", "vn.thidua.cluster.membership-changed.v1");
        header(record, "ce_source", "/test");
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
