package vn.thidua.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nomination.NominationApi.board;
import static vn.thidua.nomination.NominationApi.clusterWithMembers;
import static vn.thidua.nomination.NominationApi.proposeUnit;
import static vn.thidua.nomination.NominationApi.secretariat;
import static vn.thidua.nomination.NominationApi.units;
import static vn.thidua.nomination.NominationApi.uploadAll;
import static vn.thidua.nomination.NominationApi.vote;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.KafkaTestResource;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Reads {@code thidua.nomination.v1} as another agency would: a plain Kafka consumer, no class of this project, and
 * the JSON Schemas the AsyncAPI document points to (the events module's schema files, found by their {@code $id},
 * which is the {@code ce_dataschema} of each record). Every record of a nomination's whole way must conform.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class PublicEventsContractTest {

    private static final String TOPIC = "thidua.nomination.v1";
    private static final List<String> SCHEMA_FILES = List.of("NominationProposed", "NominationContested",
            "NominationAcclaimed", "NominationNotAcclaimed", "NominationSubmitted", "NominationReturned",
            "NominationAppraised", "NominationDecided", "NominationRevoked", "NominationWithdrawn");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishEveryStepAsACloudEventValidAgainstItsSchema() throws Exception {
        String cluster = clusterWithMembers("EV", 2024, 3);
        List<String> members = units(cluster, 3);
        String id = proposeUnit(cluster, 2024, "PM_CERTIFICATE_OF_MERIT", members.get(0));
        members.forEach(m -> vote(id, m, true).statusCode(201));
        secretariat(cluster, id, "CLOSE_VOTE").statusCode(200);
        uploadAll(cluster, id, "SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "VOTE_MINUTES", "SCORE_SHEET");
        secretariat(cluster, id, "SUBMIT").statusCode(200);
        board(id, Map.of("action", "RECEIVE")).statusCode(200);
        board(id, Map.of("action", "RETURN", "reason", "Bổ sung báo cáo")).statusCode(200);
        secretariat(cluster, id, "RESUBMIT").statusCode(200);
        board(id, Map.of("action", "RECEIVE")).statusCode(200);
        board(id, Map.of("action", "APPRAISE_ELIGIBLE")).statusCode(200);
        board(id, Map.of("action", "DECIDE_AWARDED", "decisionNumber", "12/QĐ-TTg", "decisionDate", "2025-10-01"))
                .statusCode(200);
        board(id, Map.of("action", "REVOKE", "reason", "Sai phạm", "decisionNumber", "13/QĐ-TTg",
                "decisionDate", "2025-12-01")).statusCode(200);
        String other = proposeUnit(cluster, 2024, "GOVERNMENT_EMULATION_FLAG", members.get(1));
        secretariat(cluster, other, "CLOSE_VOTE").statusCode(200);

        Map<String, JsonSchema> schemas = schemasById();
        List<ConsumerRecord<String, byte[]>> records = read(Set.of(id, other), 10, Duration.ofSeconds(30));
        List<String> types = records.stream().filter(r -> r.key().equals(id))
                .map(r -> header(r, "ce_type")).toList();
        assertEquals(List.of("vn.thidua.nomination.proposed.v1", "vn.thidua.nomination.acclaimed.v1",
                "vn.thidua.nomination.submitted.v1", "vn.thidua.nomination.returned.v1",
                "vn.thidua.nomination.submitted.v1", "vn.thidua.nomination.appraised.v1",
                "vn.thidua.nomination.decided.v1", "vn.thidua.nomination.revoked.v1"), types);
        assertTrue(records.stream().anyMatch(r -> r.key().equals(other)
                && header(r, "ce_type").equals("vn.thidua.nomination.not-acclaimed.v1")));

        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            assertEquals("1.0", header(record, "ce_specversion"));
            assertTrue(ids.add(header(record, "ce_id")), "ce_id is unique");
            assertEquals("/thidua/nomination-service", header(record, "ce_source"));
            assertEquals(record.key(), header(record, "ce_subject"));
            OffsetDateTime.parse(header(record, "ce_time"));
            assertEquals("application/json", header(record, "content-type"));
            assertNotNull(header(record, "ce_requestid"), "the request id travels with the event");
            String schemaId = header(record, "ce_dataschema");
            JsonSchema schema = schemas.get(schemaId);
            assertNotNull(schema, "a schema with $id " + schemaId);
            assertEquals("urn:vn.thidua:event-schema:" + header(record, "ce_type"), schemaId);
            JsonNode data = JSON.readTree(record.value());
            Set<ValidationMessage> errors = schema.validate(data);
            assertTrue(errors.isEmpty(), header(record, "ce_type") + ": " + errors + " in " + data);
            assertEquals(record.key(), data.get("nominationId").asText(), "the key is the nomination id");
        }
    }

    private static Map<String, JsonSchema> schemasById() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> byId = new HashMap<>();
        for (String name : SCHEMA_FILES) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("vn/thidua/events/nomination/" + name + ".schema.json")) {
                JsonNode node = JSON.readTree(in);
                byId.put(node.get("$id").asText(), factory.getSchema(node));
            }
        }
        return byId;
    }

    private static List<ConsumerRecord<String, byte[]>> read(Set<String> keys, int count, Duration timeout) {
        Properties config = new Properties();
        config.put("bootstrap.servers", KafkaTestResource.bootstrapServers());
        config.put("group.id", "outside-agency-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> found = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        assertEquals(count, found.size(), "records of the two nominations");
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
