package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scoring season through the gateway on the shared suite: a seven-member cluster-year, a 40-criterion table
 * imported from an XLSX workbook, self-assessed by each member, appraised by the secretariat and finalised; the
 * {@code ranking finalized} record on {@code thidua.scoring.v1} carries the ranking that {@code GET .../ranking}
 * answers.
 */
class ScoringSeasonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DevStack stack = SuiteStack.get();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String cluster = "CUM-SCORE-" + suffix;

    @Test
    void shouldImportScoreAppraiseAndFinaliseASevenMemberSeasonWhoseEventEqualsTheRanking() throws Exception {
        String board = SuiteStack.token("central-board", null, null);
        String secretariat = SuiteStack.token("cluster-secretariat", null, cluster);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String code = "S" + suffix + i;
            expect(201, send("POST", "/api/v1/units", Map.of("code", code, "name", "Đơn vị thử " + i, "kind",
                    "AGENCY"), board));
            units.add(code);
        }
        expect(201, send("POST", "/api/v1/clusters", Map.of("code", cluster, "name", "Cụm thi đua thử " + suffix,
                "kind", "CLUSTER", "organizerLevel", "CENTRAL"), board));
        expect(200, send("PUT", "/api/v1/clusters/" + cluster + "/years/2024/members", Map.of("unitCodes", units),
                board));
        awaitScoringRoster(units);

        // 40 criteria: 4 groups, 34 scored leaves, a bonus and a penalty item
        List<String> leaves = new ArrayList<>();
        byte[] workbook = workbook(leaves);
        HttpResponse<String> imported = multipart("/api/v1/scoring-tables/import", workbook, secretariat);
        expect(201, imported);
        JsonNode table = JSON.readTree(imported.body());
        long id = table.path("id").asLong();
        assertEquals(85, table.path("maxTotal").asInt(), imported.body());
        assertEquals(6, table.path("criteria").size());
        expect(200, send("POST", "/api/v1/scoring-tables/" + id + "/publish", null, secretariat));

        for (int u = 0; u < units.size(); u++) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (String leaf : leaves) {
                // 2.50, 2.45, ... per unit; units 3 and 4 tie on the total and are separated by the bonus
                BigDecimal points = new BigDecimal("2.50").subtract(new BigDecimal("0.05").multiply(
                        BigDecimal.valueOf(u == 4 ? 3 : u)));
                scores.add(Map.of("criterionCode", leaf, "points", points));
            }
            scores.add(Map.of("criterionCode", "B", "points", u == 3 ? new BigDecimal("1.5") : BigDecimal.ONE));
            scores.add(Map.of("criterionCode", "P", "points", new BigDecimal(u == 3 ? "0.75" : "0.25")));
            String unit = units.get(u);
            expect(200, send("PUT", "/api/v1/scoring-tables/" + id + "/assessments/" + unit + "/self",
                    Map.of("scores", scores, "submit", true), SuiteStack.token("member-unit", unit, null)));
        }
        for (int u = 0; u < units.size(); u++) {
            List<Map<String, Object>> changes = u == 0
                    ? List.of(Map.of("criterionCode", leaves.get(0), "points", 2, "reason", "Thiếu minh chứng"))
                    : List.of();
            expect(200, send("PUT", "/api/v1/scoring-tables/" + id + "/assessments/" + units.get(u) + "/appraisal",
                    Map.of("scores", changes), secretariat));
        }
        JsonNode finalized = JSON.readTree(expect(200, send("POST", "/api/v1/scoring-tables/" + id + "/finalize",
                null, secretariat)).body());
        assertEquals(7, finalized.path("entries").size());

        HttpResponse<String> publicRanking = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/api/v1/scoring-tables/" + id + "/ranking")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode ranking = JSON.readTree(expect(200, publicRanking).body());
        assertEquals(units.get(0), ranking.path("entries").path(0).path("unitCode").asText(), ranking.toString());
        assertEquals(units.get(3), ranking.path("entries").path(3).path("unitCode").asText(), ranking.toString());
        assertEquals("BONUS_DESC", ranking.path("entries").path(3).path("decidedBy").asText(), ranking.toString());

        JsonNode event = awaitRankingFinalized(id);
        assertEquals(cluster + "/2024", event.path("clusterCode").asText() + "/" + event.path("year").asInt());
        assertEquals(ranking.path("entries").size(), event.path("entries").size());
        for (int i = 0; i < ranking.path("entries").size(); i++) {
            JsonNode r = ranking.path("entries").get(i);
            JsonNode e = event.path("entries").get(i);
            assertEquals(r.path("rank").asInt(), e.path("rank").asInt());
            assertEquals(r.path("unitCode").asText(), e.path("unitCode").asText());
            assertEquals(0, r.path("total").decimalValue().compareTo(e.path("total").decimalValue()));
            assertEquals(0, r.path("bonus").decimalValue().compareTo(e.path("bonus").decimalValue()));
            assertEquals(0, r.path("penalty").decimalValue().compareTo(e.path("penalty").decimalValue()));
            assertEquals(r.path("decidedBy").asText(), e.path("decidedBy").asText());
            assertEquals(r.path("shared").asBoolean(), e.path("shared").asBoolean());
        }
    }

    private static byte[] workbook(List<String> leaves) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ScoringSeasonIT", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tiêu chí");
        String[] header = {"Mã", "Mã cha", "Tiêu chí", "Loại", "Điểm tối đa"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        int row = 1;
        int[] leavesPerGroup = {9, 9, 8, 8};
        for (int g = 0; g < leavesPerGroup.length; g++) {
            String group = "G" + (g + 1);
            sheet.value(row, 0, group);
            sheet.value(row, 2, "Nhóm tiêu chí " + (g + 1));
            sheet.value(row, 3, "GROUP");
            sheet.value(row, 4, new BigDecimal("2.5").multiply(BigDecimal.valueOf(leavesPerGroup[g])));
            row++;
            for (int l = 1; l <= leavesPerGroup[g]; l++) {
                String code = group + "." + l;
                sheet.value(row, 0, code);
                sheet.value(row, 1, group);
                sheet.value(row, 2, "Tiêu chí " + code + ": kết quả thực hiện nhiệm vụ");
                sheet.value(row, 3, "SCORE");
                sheet.value(row, 4, 2.5);
                leaves.add(code);
                row++;
            }
        }
        for (String[] extra : new String[][] {{"B", "Điểm thưởng", "BONUS"}, {"P", "Điểm trừ", "PENALTY"}}) {
            sheet.value(row, 0, extra[0]);
            sheet.value(row, 2, extra[1]);
            sheet.value(row, 3, extra[2]);
            sheet.value(row, 4, 5);
            row++;
        }
        assertEquals(41, row, "a header and 40 criteria");
        workbook.finish();
        return out.toByteArray();
    }

    private void awaitScoringRoster(List<String> units) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String url = stack.serviceUrl(ServiceModule.SCORING) + "/internal/rosters/" + cluster + "/2024";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200
                    && JSON.readTree(response.body()).path("unitCodes").size() == units.size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("scoring-service did not receive the roster of " + cluster + " within 30 s");
    }

    private JsonNode awaitRankingFinalized(long tableId) throws Exception {
        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<byte[], byte[]>> found = topics.readAll("thidua.scoring.v1", r -> {
                Header type = r.headers().lastHeader("ce_type");
                return type != null && "vn.thidua.scoring.ranking-finalized.v1".equals(
                        new String(type.value(), StandardCharsets.UTF_8))
                        && new String(r.value(), StandardCharsets.UTF_8).contains("\"tableId\":\"" + tableId + "\"");
            });
            if (!found.isEmpty()) {
                assertEquals(1, found.size(), "one ranking-finalized record per finalisation");
                assertEquals(cluster + "/2024", new String(found.get(0).key(), StandardCharsets.UTF_8));
                return JSON.readTree(found.get(0).value());
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no ranking-finalized record of table " + tableId + " on thidua.scoring.v1");
    }

    private HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
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

    private HttpResponse<String> multipart(String path, byte[] file, String token) throws Exception {
        String boundary = "thidua-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of("clusterCode", cluster, "year", "2024", "title",
                "Bảng tiêu chí 40 mục (thử)", "tieBreak", "BONUS_DESC,PENALTY_ASC,SHARED").entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tieu-chi.xlsx\""
                + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + " -> "
                + response.body());
        return response;
    }
}
