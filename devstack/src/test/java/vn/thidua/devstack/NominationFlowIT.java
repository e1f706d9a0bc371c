package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Proposals through the running suite: a cluster-year's finalised ranking on {@code thidua.scoring.v1} drafts the
 * Government Emulation Flag and the PM's Certificate of Merit in nomination-service, seen through the gateway; an
 * amended ranking moves them; the cluster's vote and the Central Board's steps go through the gateway too. The ranking
 * is written to Kafka as scoring-service writes it (its finalisation API arrives with issue 9).
 */
class NominationFlowIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static DevStack stack;

    @BeforeAll
    static void startSuite() {
        stack = SuiteStack.get();
    }

    @Test
    void shouldDraftFlagAndCertificateFromARankingAndMoveThemWhenItIsAmended() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String cluster = "NF-" + suffix;
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String code = "NF" + suffix + i;
            expect(201, send("POST", "/api/v1/units", Map.of("code", code, "name", "Tỉnh thử " + code,
                    "kind", "PROVINCE"), board()));
            units.add(code);
        }
        expect(201, send("POST", "/api/v1/clusters", Map.of("code", cluster, "name", "Cụm thi đua thử " + cluster,
                "kind", "CLUSTER", "organizerLevel", "CENTRAL"), board()));
        expect(200, send("PUT", "/api/v1/clusters/" + cluster + "/years/2024/members", Map.of("unitCodes", units),
                board()));

        publishRanking("ranking-finalized", cluster, 1, units);
        awaitProposed(cluster, Map.of("GOVERNMENT_EMULATION_FLAG", units.get(0), "PM_CERTIFICATE_OF_MERIT",
                units.get(1)));

        publishRanking("ranking-amended", cluster, 2, List.of(units.get(1), units.get(0), units.get(2)));
        JsonNode flag = awaitProposed(cluster, Map.of("GOVERNMENT_EMULATION_FLAG", units.get(1),
                "PM_CERTIFICATE_OF_MERIT", units.get(0))).get("GOVERNMENT_EMULATION_FLAG");
        assertEquals("FOLLOW_RANKING", flag.at("/history/1/action").asText(), flag.toString());

        // the members vote through the gateway, the cluster's secretariat closes the vote
        String id = flag.get("id").asText();
        for (String unit : units) {
            expect(201, send("POST", "/api/v1/nominations/" + id + "/ballots", Map.of("voterUnitCode", unit,
                    "approve", true), SuiteStack.token("member-unit", unit, null)));
        }
        JsonNode closed = expect(200, send("POST", "/api/v1/nominations/" + id + "/transitions",
                Map.of("action", "CLOSE_VOTE"), SuiteStack.token("cluster-secretariat", null, cluster)));
        assertEquals("ACCLAIMED", closed.get("status").asText(), closed.toString());
        assertEquals(3, closed.at("/votes/approve").asInt());
    }

    /** Polls the gateway until each award type has exactly its expected PROPOSED unit; returns the nominations. */
    private static Map<String, JsonNode> awaitProposed(String cluster, Map<String, String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode page = expect(200, send("GET", "/api/v1/nominations?clusterCode=" + cluster + "&year=2024",
                    null, board()));
            Map<String, JsonNode> found = new java.util.HashMap<>();
            for (JsonNode n : page.get("items")) {
                if ("PROPOSED".equals(n.get("status").asText())) {
                    found.put(n.get("awardType").asText() + "=" + n.at("/nominee/unitCode").asText(), n);
                }
            }
            boolean all = expected.entrySet().stream().allMatch(e -> found.containsKey(e.getKey() + "=" + e.getValue()));
            if (all && found.size() == expected.size()) {
                Map<String, JsonNode> byType = new java.util.HashMap<>();
                expected.forEach((type, unit) -> byType.put(type, found.get(type + "=" + unit)));
                return byType;
            }
            last = page.toString();
            Thread.sleep(300);
        }
        throw new AssertionError("drafts " + expected + " not seen within 60 s; last: " + last);
    }

    /** A ranking event as scoring-service publishes it: CloudEvents binary mode, key clusterCode/year. */
    private static void publishRanking(String kind, String cluster, int version, List<String> unitsInOrder)
            throws Exception {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < unitsInOrder.size(); i++) {
            entries.add(Map.of("rank", i + 1, "unitCode", unitsInOrder.get(i), "total", 95 - i, "bonus", 0,
                    "penalty", 0, "decidedBy", "TOTAL", "shared", false));
        }
        Map<String, Object> data = new java.util.HashMap<>(Map.of("tableId", "NF-" + cluster, "clusterCode", cluster,
                "year", 2024, "version", version, "entries", entries));
        if (kind.equals("ranking-finalized")) {
            data.put("finalizedAt", "2025-03-14T08:00:00Z");
        } else {
            data.put("previousVersion", version - 1);
            data.put("reason", "Chấm lại tiêu chí");
            data.put("amendedAt", "2025-03-20T08:00:00Z");
        }
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("thidua.scoring.v1", cluster + "/2024",
                    JSON.writeValueAsBytes(data));
            Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source",
                    "/thidua/scoring-service", "ce_type", "vn.thidua.scoring." + kind + ".v1", "ce_subject",
                    cluster + "/2024", "ce_time", "2025-03-14T08:00:00Z", "content-type", "application/json")
                    .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    private static String board() {
        return SuiteStack.token("central-board", null, null);
    }

    private static HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + " -> " + response.body());
        return JSON.readTree(response.body());
    }
}
