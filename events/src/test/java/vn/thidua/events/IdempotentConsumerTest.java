package vn.thidua.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;
import vn.thidua.events.inbox.UnprocessableEventException;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** The idempotent consumer against the real PostgreSQL, fed records directly (no channel in this module). */
@QuarkusTest
@WithEmbeddedInfrastructure
class IdempotentConsumerTest {

    private static final String MEMBERSHIP = "vn.thidua.cluster.membership-changed.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @AfterEach
    void clearLogContext() {
        MDC.remove("requestId");
    }

    @Test
    void shouldRetryTransientFailureBeyondAnyAttemptLimitAndApplyOnce() {
        AtomicInteger calls = new AtomicInteger();
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> {
            if (calls.incrementAndGet() <= 8) {
                throw new IllegalStateException("database away",
                        new SQLTransientConnectionException("connection refused", "08001"));
            }
        }).build();

        consumer.handle("test-transient", record(UUID.randomUUID().toString(), null, membership("A")), routing);

        assertEquals(9, calls.get(), "applied once, after eight transient failures");
    }

    @Test
    void shouldDeadLetterUnprocessableEventWithoutRetrying() {
        AtomicInteger calls = new AtomicInteger();
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> {
            calls.incrementAndGet();
            throw new UnprocessableEventException("unit 99 is in no cluster", null);
        }).build();

        UnprocessableEventException thrown = assertThrows(UnprocessableEventException.class, () -> consumer.handle(
                "test-permanent", record(UUID.randomUUID().toString(), null, membership("A")), routing));

        assertEquals(1, calls.get());
        assertEquals("unit 99 is in no cluster", thrown.getMessage());
    }

    @Test
    void shouldReadPayloadThatGainedAnOptionalField() {
        List<MembershipChanged> seen = new ArrayList<>();
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> seen.add(event))
                .build();
        String data = """
                {"clusterCode":"C1","year":2024,"unitCodes":["08"],"revision":3,"addedInALaterRelease":{"x":1}}""";

        consumer.handle("test-forward", record(UUID.randomUUID().toString(), null, data), routing);

        assertEquals(List.of(new MembershipChanged("C1", 2024, List.of("08"), null, null, 3)), seen);
    }

    @Test
    void shouldPutEventRequestIdInLogContextWhileHandlingOnly() {
        List<Object> duringHandling = new ArrayList<>();
        EventRouting routing = EventRouting.builder()
                .on(MembershipChanged.class, (event, envelope) -> duringHandling.add(MDC.get("requestId")))
                .build();

        consumer.handle("test-request-id", record(UUID.randomUUID().toString(), "req-42", membership("A")), routing);

        assertEquals(List.of("req-42"), duringHandling);
        assertNull(MDC.get("requestId"), "the request id must not leak into the next record's handling");
    }

    @Test
    void shouldRecordEventAsProcessedInTheHandlersTransaction() {
        String id = UUID.randomUUID().toString();
        List<Number> claimsSeen = new ArrayList<>();
        // Hibernate, as most handlers use it: it must see the claim, which only its own transaction can before commit
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> claimsSeen.add(
                (Number) entityManager.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                        .setParameter("id", id).getSingleResult()))
                .build();

        consumer.handle("test-same-transaction", record(id, null, membership("A")), routing);

        assertEquals(1, claimsSeen.get(0).intValue(), "claim and handler share one transaction and connection");
    }

    @Test
    void shouldRollBackTheClaimWithTheHandlersChanges() {
        String id = UUID.randomUUID().toString();
        String key = "ROLLBACK-" + id;
        EventRouting routing = EventRouting.builder().on(MembershipChanged.class, (event, envelope) -> {
            outbox.publish(key, new MembershipChanged(key, 2024, List.of("08"), null, null, 1));
            throw new UnprocessableEventException("refused after writing", null);
        }).build();

        assertThrows(UnprocessableEventException.class,
                () -> consumer.handle("test-rollback", record(id, null, membership("A")), routing));

        assertEquals(0, count("SELECT count(*) FROM processed_event WHERE event_id = :value", id),
                "not recorded as processed");
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE record_key = :value", key),
                "the handler's write rolled back with it");
    }

    private long count(String sql, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("value", value).getSingleResult()).longValue());
    }

    private static String membership(String cluster) {
        return """
                {"clusterCode":"%s","year":2024,"unitCodes":["08"],"revision":1}""".formatted(cluster);
    }

    private static ConsumerRecord<String, byte[]> record(String id, String requestId, String data) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("thidua.cluster.v1", 0, 0, "C/2024",
                data.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", MEMBERSHIP);
        header(record, "ce_source", "/test");
        header(record, "content-type", "application/json");
        if (requestId != null) {
            header(record, "ce_requestid", requestId);
        }
        return record;
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
