package vn.thidua.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.merge;
import static vn.thidua.cluster.ClusterApi.putLeadership;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.events.Topics;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** What cluster-service publishes on thidua.cluster.v1, read back from the real broker. */
@QuarkusTest
@WithEmbeddedInfrastructure
class ClusterEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishMembershipChangedWithCloudEventsHeaders() throws Exception {
        String tuyenQuang = unit("Tuyên Quang");
        String hoaBinh = unit("Hòa Bình");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, hoaBinh, tuyenQuang).statusCode(200);

        ConsumerRecord<String, byte[]> record = EventProbe.awaitRecord(Topics.CLUSTER,
                ofType("vn.thidua.cluster.membership-changed.v1", cluster + "/2024"), WAIT);

        assertEquals("1.0", EventProbe.header(record, "ce_specversion"));
        assertNotNull(EventProbe.header(record, "ce_id"));
        assertEquals("/thidua/cluster-service", EventProbe.header(record, "ce_source"));
        assertEquals(cluster + "/2024", EventProbe.header(record, "ce_subject"));
        assertNotNull(OffsetDateTime.parse(EventProbe.header(record, "ce_time")));
        assertEquals("application/json", EventProbe.header(record, "content-type"));
        assertNotNull(EventProbe.header(record, "ce_dataschema"));

        JsonNode data = JSON.readTree(record.value());
        assertEquals(cluster, data.get("clusterCode").asText());
        assertEquals(2024, data.get("year").asInt());
        assertEquals(Set.of(tuyenQuang, hoaBinh), codes(data.get("unitCodes")));
        assertEquals(1, data.get("revision").asLong());
        assertTrue(data.path("chairUnitCode").isNull() || data.path("chairUnitCode").isMissingNode());
    }

    @Test
    void shouldPublishFullRosterAndLeadershipOnEveryChangeInRevisionOrder() throws Exception {
        String a = unit("Lào Cai");
        String b = unit("Cao Bằng");
        String c = unit("Điện Biên");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, a, b).statusCode(200);
        putMembers(cluster, 2024, a, b).statusCode(200); // no change, no event
        putLeadership(cluster, 2024, a, b).statusCode(200);
        putMembers(cluster, 2024, a, b, c).statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = EventProbe.awaitRecords(Topics.CLUSTER,
                ofType("vn.thidua.cluster.membership-changed.v1", cluster + "/2024"), 3, WAIT);
        assertEquals(3, records.size());
        JsonNode last = JSON.readTree(records.get(2).value());
        assertEquals(List.of(1L, 2L, 3L), records.stream().map(r -> revision(r)).toList());
        assertEquals(Set.of(a, b, c), codes(last.get("unitCodes")));
        assertEquals(a, last.get("chairUnitCode").asText());
        assertEquals(b, last.get("viceChairUnitCode").asText());

        ConsumerRecord<String, byte[]> leadership = EventProbe.awaitRecord(Topics.CLUSTER,
                ofType("vn.thidua.cluster.leadership-assigned.v1", cluster + "/2024"), WAIT);
        JsonNode data = JSON.readTree(leadership.value());
        assertEquals(a, data.get("chairUnitCode").asText());
        assertEquals(b, data.get("viceChairUnitCode").asText());
        assertEquals(2, data.get("revision").asLong());
        assertTrue(data.path("resolutionId").isNull() || data.path("resolutionId").isMissingNode());
    }

    @Test
    void shouldPublishUnitRegisteredClusterRegisteredAndUnitsMerged() throws Exception {
        String thaiNguyen = unit("Thái Nguyên");
        String bacKan = unit("Bắc Kạn");
        String cluster = cluster("Cụm thi đua các tỉnh Trung du và miền núi phía Bắc");
        merge("2025-07-01", thaiNguyen, bacKan).statusCode(201);

        JsonNode unit = JSON.readTree(EventProbe.awaitRecord(Topics.CLUSTER,
                ofType("vn.thidua.cluster.unit-registered.v1", bacKan), WAIT).value());
        assertEquals("Bắc Kạn", unit.get("name").asText());
        assertEquals("PROVINCE", unit.get("kind").asText());

        JsonNode registered = JSON.readTree(EventProbe.awaitRecord(Topics.CLUSTER,
                ofType("vn.thidua.cluster.cluster-registered.v1", cluster), WAIT).value());
        assertEquals("CLUSTER", registered.get("kind").asText());
        assertEquals("CENTRAL", registered.get("organizerLevel").asText());

        ConsumerRecord<String, byte[]> mergedRecord = EventProbe.awaitRecord(Topics.CLUSTER,
                r -> "vn.thidua.cluster.units-merged.v1".equals(EventProbe.header(r, "ce_type"))
                        && thaiNguyen.equals(EventProbe.header(r, "ce_subject")), WAIT);
        // Its own key, so that compaction by key cannot drop it in favour of the successor's unit-registered.
        assertTrue(mergedRecord.key().startsWith(thaiNguyen + "/merger-"), mergedRecord.key());
        JsonNode merged = JSON.readTree(mergedRecord.value());
        assertEquals("2025-07-01", merged.get("effectiveDate").asText());
        assertEquals(thaiNguyen, merged.get("successorCode").asText());
        assertEquals(Set.of(bacKan), codes(merged.get("sourceCodes")));
    }

    @Test
    void shouldPublishConcurrentRosterChangesInRevisionOrder() throws Exception {
        List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            units.add(unit("Tỉnh " + i));
        }
        String cluster = cluster("Cụm");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String[] roster = units.subList(0, i + 1).toArray(String[]::new);
                answers.add(pool.submit(() -> putMembers(cluster, 2024, roster).extract().statusCode()));
            }
            for (var answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<ConsumerRecord<String, byte[]>> records = EventProbe.awaitRecords(Topics.CLUSTER,
                ofType("vn.thidua.cluster.membership-changed.v1", cluster + "/2024"), 5, WAIT);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), records.stream().map(r -> revision(r)).toList());
    }

    static Predicate<ConsumerRecord<String, byte[]>> ofType(String type, String key) {
        return r -> key.equals(r.key()) && type.equals(EventProbe.header(r, "ce_type"));
    }

    private static long revision(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("revision").asLong();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(java.util.stream.Collectors.toSet());
    }
}
