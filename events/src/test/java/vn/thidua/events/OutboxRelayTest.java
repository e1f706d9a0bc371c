package vn.thidua.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.events.outbox.OutboxBacklog;
import vn.thidua.events.outbox.OutboxEvent;
import vn.thidua.events.outbox.OutboxRelay;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** The outbox against the real PostgreSQL and Kafka. */
@QuarkusTest
@WithEmbeddedInfrastructure
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxBacklog backlog;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldPublishCommittedEventWithCloudEventsHeaders() throws Exception {
        String cluster = unique();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(MembershipChanged.key(cluster, 2024),
                new MembershipChanged(cluster, 2024, List.of("08", "17"), "08", "17", 1)));

        ConsumerRecord<String, byte[]> record = EventProbe.awaitRecord(Topics.CLUSTER,
                r -> id.toString().equals(EventProbe.header(r, "ce_id")), WAIT);

        assertEquals(cluster + "/2024", record.key());
        assertEquals("1.0", EventProbe.header(record, "ce_specversion"));
        assertEquals("vn.thidua.cluster.membership-changed.v1", EventProbe.header(record, "ce_type"));
        assertEquals("/thidua/events-test", EventProbe.header(record, "ce_source"));
        assertEquals(cluster + "/2024", EventProbe.header(record, "ce_subject"));
        assertEquals("urn:vn.thidua:event-schema:vn.thidua.cluster.membership-changed.v1",
                EventProbe.header(record, "ce_dataschema"));
        assertEquals("application/json", EventProbe.header(record, "content-type"));
        assertTrue(EventProbe.header(record, "ce_time").endsWith("Z"), EventProbe.header(record, "ce_time"));
        JsonNode data = mapper.readTree(record.value());
        assertEquals(cluster, data.get("clusterCode").asText());
        assertEquals(2, data.get("unitCodes").size());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id).sentAt != null));
    }

    @Test
    void shouldNeverPublishEventOfRolledBackTransaction() {
        String cluster = unique();
        String key = MembershipChanged.key(cluster, 2024);
        List<UUID> rolledBack = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.add(outbox.publish(key, new MembershipChanged(cluster, 2024, List.of("99"), null, null, 1)));
            throw new IllegalStateException("rule broken after the outbox write");
        }));
        UUID marker = QuarkusTransaction.requiringNew().call(() -> outbox.publish(key,
                new MembershipChanged(cluster, 2024, List.of("08"), null, null, 2)));

        // Same key, same partition: once the later marker is there, the rolled-back event would have been too.
        List<ConsumerRecord<String, byte[]>> seen = EventProbe.awaitRecords(Topics.CLUSTER, r -> key.equals(r.key()),
                1, WAIT);
        assertEquals(marker.toString(), EventProbe.header(seen.get(0), "ce_id"));
        assertFalse(rolledBack.isEmpty());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id", rolledBack.get(0))));
    }

    @Test
    void shouldRefusePublishingOutsideTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.publish("k",
                new MembershipChanged("X", 2024, List.of(), null, null, 0)));
    }

    @Test
    void shouldPublishEachKeyInOrderAndEachRowOnceWithConcurrentRelays() throws Exception {
        String prefix = unique();
        int keys = 4;
        int perKey = 60;
        // Many small transactions, written while three extra relays (as if three more instances) drain at once.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> drains = new ArrayList<>();
            Future<?> writer = pool.submit(() -> {
                for (int revision = 1; revision <= perKey; revision++) {
                    int r = revision;
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int k = 0; k < keys; k++) {
                            outbox.publish(prefix + "-" + k + "/2024",
                                    new MembershipChanged(prefix + "-" + k, 2024, List.of("08"), null, null, r));
                        }
                    });
                }
            });
            for (int i = 0; i < 3; i++) {
                drains.add(pool.submit((Callable<Integer>) () -> {
                    int total = 0;
                    while (!writer.isDone()) {
                        total += relay.drain();
                    }
                    return total + relay.drain();
                }));
            }
            writer.get();
            for (Future<Integer> drain : drains) {
                drain.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<ConsumerRecord<String, byte[]>> records = EventProbe.awaitRecords(Topics.CLUSTER,
                r -> r.key() != null && r.key().startsWith(prefix + "-"), keys * perKey, WAIT);
        Map<String, Long> perId = records.stream()
                .collect(Collectors.groupingBy(r -> EventProbe.header(r, "ce_id"), Collectors.counting()));
        assertEquals(keys * perKey, perId.size(), "distinct events");
        assertTrue(perId.values().stream().allMatch(n -> n == 1), "an event was published twice");

        Map<String, List<Long>> revisionsByKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            revisionsByKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(mapper.readTree(record.value()).get("revision").asLong());
        }
        assertEquals(keys, revisionsByKey.size());
        for (List<Long> revisions : revisionsByKey.values()) {
            List<Long> sorted = revisions.stream().sorted().toList();
            assertEquals(sorted, revisions, "events of one key out of order");
        }
    }

    @Test
    void shouldReportBacklogAsMetricAndInReadiness() throws Exception {
        // Whichever relay holds the publisher role (this call or the background one) empties the outbox.
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            relay.drain();
            assertEquals(0, backlog.read().unsent());
        });
        io.restassured.RestAssured.given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.unsent", org.hamcrest.Matchers.equalTo(0));
        io.restassured.RestAssured.given().get("/q/metrics").then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("thidua_outbox_backlog"));
    }

    @Test
    void shouldParkUnpublishableRowAndPublishEveryOtherRowOnce() throws Exception {
        String prefix = unique();
        // More than Kafka's default max.request.size (1 MiB): the broker-side limit no retry can pass.
        List<String> tooMany = java.util.stream.IntStream.range(0, 120_000).mapToObj(i -> "U" + i).toList();
        List<UUID> good = new ArrayList<>();
        UUID[] oversize = new UUID[1];
        QuarkusTransaction.requiringNew().run(() -> {
            good.add(outbox.publish(prefix + "-A/2024", new MembershipChanged(prefix + "-A", 2024, List.of("08"), null, null, 1)));
            oversize[0] = outbox.publish(prefix + "-B/2024", new MembershipChanged(prefix + "-B", 2024, tooMany, null, null, 1));
            good.add(outbox.publish(prefix + "-C/2024", new MembershipChanged(prefix + "-C", 2024, List.of("17"), null, null, 1)));
            good.add(outbox.publish(prefix + "-B/2024", new MembershipChanged(prefix + "-B", 2024, List.of("19"), null, null, 2)));
        });

        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            relay.drain();
            OutboxEvent row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(oversize[0]));
            org.junit.jupiter.api.Assertions.assertNotNull(row.parkedAt, "parked");
        });

        OutboxEvent parked = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(oversize[0]));
        assertEquals(3, parked.attempts, "tried thidua.outbox.max-attempts times");
        assertTrue(parked.lastError.contains("RecordTooLarge"), parked.lastError);
        assertEquals(null, parked.sentAt);
        // Each good row once: acknowledged rows are never sent again while the bad one is retried.
        List<ConsumerRecord<String, byte[]>> records = EventProbe.readAll(Topics.CLUSTER,
                r -> r.key() != null && r.key().startsWith(prefix + "-"));
        assertEquals(good.stream().map(UUID::toString).sorted().toList(),
                records.stream().map(r -> EventProbe.header(r, "ce_id")).sorted().toList());
        assertTrue(backlog.read().parked() >= 1);
        io.restassured.RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'outbox' }.data.parked",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        io.restassured.RestAssured.given().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.containsString("thidua_outbox_parked"));
    }

    @Test
    void shouldSendRequestIdOfTheCausingRequestAsExtensionAttribute() {
        String cluster = unique();
        org.jboss.logging.MDC.put(Outbox.REQUEST_ID_MDC, "req-" + cluster);
        UUID id;
        try {
            id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(MembershipChanged.key(cluster, 2024),
                    new MembershipChanged(cluster, 2024, List.of("08"), null, null, 1)));
        } finally {
            org.jboss.logging.MDC.remove(Outbox.REQUEST_ID_MDC);
        }

        ConsumerRecord<String, byte[]> record = EventProbe.awaitRecord(Topics.CLUSTER,
                r -> id.toString().equals(EventProbe.header(r, "ce_id")), WAIT);
        assertEquals("req-" + cluster, EventProbe.header(record, "ce_requestid"));
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
