package vn.thidua.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.AuthorizationMatrix;
import vn.thidua.testsupport.AuthorizationMatrix.Call;
import vn.thidua.testsupport.AuthorizationMatrix.Multipart;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * The scoring season against the real database and broker: targets, self-assessment, cross appraisal, explanation,
 * exclusion, finalisation, amendment, import and exports; every refused request changes nothing.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class ScoringSeasonResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TABLES = "/api/v1/scoring-tables";
    private static final String SELF = "/api/v1/scoring-tables/{id}/assessments/{unit}/self";
    private static final String APPRAISAL = "/api/v1/scoring-tables/{id}/assessments/{unit}/appraisal";
    private static final String ASSESSMENT = "/api/v1/scoring-tables/{id}/assessments/{unit}";
    private static final String FINALIZE = "/api/v1/scoring-tables/{id}/finalize";
    private static final String RANKING = "/api/v1/scoring-tables/{id}/ranking";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String cluster;

    @BeforeEach
    void secretariat() {
        cluster = RosterFeed.uniqueCluster("SEASON");
    }

    // --- who may ------------------------------------------------------------------------------------------------

    @Test
    void shouldLetOnlyTheAllowedCallerOfEachScoringWriteDoIt() {
        Map<String, Supplier<Call>> fixtures = new HashMap<>(Map.<String, Supplier<Call>>of(
                "POST /api/v1/scoring-tables", fresh(() -> new Call(table(cluster, List.of("SHARED"), false), cluster, 201)),
                "PUT /api/v1/scoring-tables/{id}", fresh(() -> new Call(revision(), cluster, 200,
                        draft(table(cluster, List.of("SHARED"), false)))),
                "POST /api/v1/scoring-tables/{id}/publish", fresh(() -> new Call(null, cluster, 200,
                        draft(table(cluster, List.of("SHARED"), false)))),
                "POST /api/v1/scoring-tables/import", fresh(() -> new Call(importForm(cluster, csv(validRows())), cluster,
                        201))));
        fixtures.putAll(Map.<String, Supplier<Call>>of(
                "PUT /api/v1/scoring-tables/{id}/targets/{unitCode}", fresh(() -> new Call(Map.of("targets",
                        List.of(Map.of("criterionCode", "T", "target", 200))), "17", 200, published(true), "17")),
                "PUT /api/v1/scoring-tables/{id}/applicability/{unitCode}", fresh(() -> new Call(Map.of("notApplicable",
                        List.of(Map.of("criterionCode", "II", "reason", "Không có biên giới"))), cluster, 200,
                        published(false), "17")),
                "PUT /api/v1/scoring-tables/{id}/assessments/{unitCode}/self", fresh(() -> new Call(selfBody("40", "20",
                        "30", "1", "0", true), "17", 200, published(false), "17")),
                "PUT /api/v1/scoring-tables/{id}/assessments/{unitCode}/appraisal", fresh(() -> new Call(Map.of("scores",
                        List.of()), cluster, 200, submitted("17"), "17")),
                "POST /api/v1/scoring-tables/{id}/assessments/{unitCode}/explanation-requests", fresh(() -> new Call(
                        Map.of("criterionCodes", List.of("II"), "question", "Giải trình?"), cluster, 200,
                        appraised("17"), "17")),
                "PUT /api/v1/scoring-tables/{id}/assessments/{unitCode}/explanation", fresh(() -> new Call(Map.of(
                        "answers", List.of(Map.of("criterionCode", "II", "text", "Có minh chứng"))), "17", 200,
                        explanationAsked("17"), "17")),
                "POST /api/v1/scoring-tables/{id}/exclusions", fresh(() -> new Call(Map.of("unitCode", "24", "reason",
                        "Không nộp báo cáo"), cluster, 200, published(false))),
                "POST /api/v1/scoring-tables/{id}/finalize", fresh(() -> new Call(null, cluster, 200, finalizable())),
                "POST /api/v1/scoring-tables/{id}/ranking/amendments", fresh(() -> new Call(Map.of("reason", "Sửa",
                        "changes", List.of(Map.of("unitCode", "17", "criterionCode", "II", "points", 1, "reason",
                                "Sửa điểm"))), cluster, 201, finalized()))));
        AuthorizationMatrix.verify("scoring-service", fixtures);
    }

    // --- the season ------------------------------------------------------------------------------------------------

    @Test
    void shouldRunSeasonFromSelfAssessmentToFinalRankingEqualToItsEvent() throws Exception {
        RosterFeed.publish(cluster, 2024, 1, "17", "24", "19", "15");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "19", selfBody("40", "20", "36.5", "2", "0", true)).statusCode(200)
                .body("status", equalTo("SELF_SUBMITTED"));
        selfAssess(id, "15", selfBody("39", "20", "36.5", "1.5", "0.5", true)).statusCode(200);
        // 7.25 + 0.1: exact, never 7.3500000001
        selfAssess(id, "24", selfBody("7.25", "0.1", "0", "0", "0", false)).statusCode(200)
                .body("status", equalTo("DRAFT")).body("selfTotals.total", equalTo(7.35f));
        selfAssess(id, "24", selfBody("7.25", "0.1", "0", "0", "0", true)).statusCode(200);
        appraise(id, "19", List.of()).statusCode(200).body("status", equalTo("APPRAISED"));
        appraise(id, "24", List.of()).statusCode(200);
        // 15: II lowered with a reason, then an explanation round, then appraised again
        appraise(id, "15", List.of(Map.of("criterionCode", "II", "points", 35.5, "reason", "Thiếu minh chứng")))
                .statusCode(200).body("finalTotals.total", equalTo(95.5f));
        given().contentType(ContentType.JSON).body(Map.of("criterionCodes", List.of("II"), "question",
                "Đề nghị giải trình tiêu chí II")).post(ASSESSMENT + "/explanation-requests", id, "15").then()
                .statusCode(200).body("status", equalTo("EXPLANATION_REQUESTED"));
        TestTokens.as(TestTokens.member("15")).contentType(ContentType.JSON).body(Map.of("answers",
                List.of(Map.of("criterionCode", "II", "text", "Bổ sung báo cáo số 12/BC-UBND"))))
                .put(ASSESSMENT + "/explanation", id, "15").then().statusCode(200)
                .body("status", equalTo("EXPLAINED"));
        appraise(id, "15", List.of(Map.of("criterionCode", "II", "points", 36.5, "reason", "Đã giải trình")))
                .statusCode(200).body("appraisalRound", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("unitCode", "17", "reason", "Không nộp báo cáo"))
                .post(TABLES + "/{id}/exclusions", id).then().statusCode(200).body("status", equalTo("EXCLUDED"));
        given().get(ASSESSMENT, id, "15").then().statusCode(200)
                .body("revisions.kind", contains("SELF", "SELF", "SELF", "SELF", "SELF", "APPRAISAL", "APPRAISAL"))
                .body("revisions[5].oldPoints", equalTo(36.5f)).body("revisions[5].newPoints", equalTo(35.5f))
                .body("revisions[5].reason", equalTo("Thiếu minh chứng"))
                .body("revisions[6].reason", equalTo("Đã giải trình"))
                .body("scores.find { it.criterionCode == 'II' }.explanation", equalTo("Bổ sung báo cáo số 12/BC-UBND"));

        JsonPath finalized = given().post(FINALIZE, id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("19", "15", "24"), finalized.getList("entries.unitCode"));
        assertEquals(List.of("TOTAL", "TOTAL", "TOTAL"), finalized.getList("entries.decidedBy"));
        assertEquals(List.of("17"), finalized.getList("excluded.unitCode"));
        JsonPath ranking = given().noFilters().get(RANKING, id).then().statusCode(200).extract().jsonPath();
        assertEquals(1, ranking.getInt("version"));
        assertEquals(new BigDecimal("98.50"), new BigDecimal(ranking.getString("entries[0].total")).setScale(2));
        assertEquals(new BigDecimal("7.35"), new BigDecimal(ranking.getString("entries[2].total")));

        JsonNode event = payload(awaitEvent("vn.thidua.scoring.ranking-finalized.v1", id));
        assertEquals(cluster + "/2024", event.path("clusterCode").asText() + "/" + event.path("year").asInt());
        assertSameEntries(ranking, event.path("entries"));
        awaitEvent("vn.thidua.scoring.assessment-submitted.v1", id);
        awaitEvent("vn.thidua.scoring.assessment-appraised.v1", id);

        // locked: no more self-assessment or appraisal
        appraise(id, "19", List.of(Map.of("criterionCode", "II", "points", 1, "reason", "x"))).statusCode(409)
                .body("rule", equalTo("RANKING_FINALIZED"));
        given().post(FINALIZE, id).then().statusCode(409);

        // an amendment: a new version, the old one stays readable
        given().contentType(ContentType.JSON).body(Map.of("reason", "Sửa điểm tiêu chí II của Yên Bái",
                "changes", List.of(Map.of("unitCode", "15", "criterionCode", "B", "points", 5, "reason",
                        "Bằng khen bổ sung")))).post(RANKING + "/amendments", id).then().statusCode(201)
                .body("version", equalTo(2)).body("entries.unitCode", contains("15", "19", "24"))
                .body("reason", equalTo("Sửa điểm tiêu chí II của Yên Bái"));
        given().noFilters().get(RANKING, id).then().body("version", equalTo(2)).body("latestVersion", equalTo(2));
        given().noFilters().queryParam("version", 1).get(RANKING, id).then().statusCode(200)
                .body("entries.unitCode", contains("19", "15", "24")).body("latestVersion", equalTo(2));
        JsonNode amended = payload(awaitEvent("vn.thidua.scoring.ranking-amended.v1", id));
        assertEquals(2, amended.path("version").asInt());
        assertEquals(1, amended.path("previousVersion").asInt());
        assertSameEntries(given().noFilters().get(RANKING, id).then().extract().jsonPath(), amended.path("entries"));
        given().get(ASSESSMENT, id, "15").then().body("revisions[-1].kind", equalTo("AMENDMENT"))
                .body("status", equalTo("FINALIZED"));
    }

    @Test
    void shouldBreakTiesByEachPolicyAndShareTheRankWhenNoneApplies() {
        RosterFeed.publish(cluster, 2024, 1, "a1", "a2", "b1", "b2", "c1", "c2");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        // all total 50: a1/a2 differ by bonus, b1/b2 by penalty only, c1/c2 by nothing
        Map<String, String[]> scores = new LinkedHashMap<>();
        scores.put("a1", new String[] {"27", "10", "10", "3", "0"});
        scores.put("a2", new String[] {"28", "10", "10", "2", "0"});
        scores.put("b1", new String[] {"30", "10", "10", "1", "1"});
        scores.put("b2", new String[] {"29.5", "10", "10", "1", "0.5"});
        scores.put("c1", new String[] {"30", "10", "10", "0", "0"});
        scores.put("c2", new String[] {"20", "10", "20", "0", "0"});
        scores.forEach((unit, s) -> {
            selfAssess(id, unit, selfBody(s[0], s[1], s[2], s[3], s[4], true)).statusCode(200);
            appraise(id, unit, List.of()).statusCode(200);
        });
        JsonPath ranking = given().post(FINALIZE, id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("a1", "a2", "b2", "b1", "c1", "c2"), ranking.getList("entries.unitCode"));
        assertEquals(List.of(1, 2, 3, 4, 5, 5), ranking.getList("entries.rank"));
        assertEquals(List.of("BONUS_DESC", "BONUS_DESC", "PENALTY_ASC", "BONUS_DESC", "SHARED", "SHARED"),
                ranking.getList("entries.decidedBy"));
        assertEquals(List.of(false, false, false, false, true, true), ranking.getList("entries.shared"));
    }

    @Test
    void shouldBreakATieOfEqualBonusByFewerPenalty() {
        RosterFeed.publish(cluster, 2024, 1, "p1", "p2", "p3");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "p1", selfBody("30", "10", "12", "1", "2", true)).statusCode(200);
        selfAssess(id, "p2", selfBody("30", "10", "11", "1", "1", true)).statusCode(200);
        selfAssess(id, "p3", selfBody("30", "10", "20", "0", "0", true)).statusCode(200);
        List.of("p1", "p2", "p3").forEach(u -> appraise(id, u, List.of()).statusCode(200));
        given().post(FINALIZE, id).then().statusCode(200)
                .body("entries.unitCode", contains("p3", "p2", "p1"))
                .body("entries.decidedBy", contains("TOTAL", "PENALTY_ASC", "TOTAL"))
                .body("entries.rank", contains(1, 2, 3));
    }

    @Test
    void shouldScoreTargetBasedCriterionAgainstTheUnitsOwnTargetAndRankShareOfApplicable() {
        RosterFeed.publish(cluster, 2024, 1, "17", "24");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(true);
        TestTokens.as(TestTokens.member("17")).contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(Map.of("criterionCode", "T", "target", 200))))
                .put(TABLES + "/{id}/targets/{unit}", id, "17").then().statusCode(200)
                .body("targets[0].target", equalTo(200));
        Map<String, Object> body = selfBody("30", "10", "20", "0", "0", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scores = (List<Map<String, Object>>) body.get("scores");
        scores.add(Map.of("criterionCode", "T", "result", 150));
        selfAssess(id, "17", body).statusCode(200)
                .body("scores.find { it.criterionCode == 'T' }.selfPoints", equalTo(7.5f));
        // 24 without a registered target cannot score T
        selfAssess(id, "24", body).statusCode(422).body("rule", equalTo("TARGET_NOT_REGISTERED"));
    }

    @Test
    void shouldLetANewMemberSelfAssessAndKeepTheAssessmentOfAUnitThatLeftMarked() {
        RosterFeed.publish(cluster, 2024, 1, "17", "24");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "24", selfBody("30", "10", "20", "0", "0", false)).statusCode(200);
        selfAssess(id, "99", selfBody("30", "10", "20", "0", "0", false)).statusCode(422)
                .body("rule", equalTo("NOT_A_MEMBER"));
        RosterFeed.publish(cluster, 2024, 2, "17", "99");
        selfAssess(id, "99", selfBody("30", "10", "20", "0", "0", false)).statusCode(200)
                .body("member", equalTo(true));
        given().get(ASSESSMENT, id, "24").then().statusCode(200).body("member", equalTo(false))
                .body("scores.find { it.criterionCode == 'II' }.selfPoints", equalTo(20.0f));
    }

    // --- refused, and nothing changed -----------------------------------------------------------------------------

    @Test
    void shouldRefuseBadScoresNamingTheRuleAndChangeNothing() {
        RosterFeed.publish(cluster, 2024, 1, "17", "24");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "17", selfBody("30", "10", "20", "0", "0", false)).statusCode(200);
        String before = given().get(ASSESSMENT, id, "17").then().extract().asString();

        assertRefused(selfAssess(id, "17", one("II", "40.01")), 422, "POINTS_ABOVE_MAXIMUM");
        assertRefused(selfAssess(id, "17", one("II", "-1")), 422, "NEGATIVE_POINTS");
        assertRefused(selfAssess(id, "17", one("NOPE", "1")), 422, "UNKNOWN_CRITERION");
        assertRefused(selfAssess(id, "17", one("I", "1")), 422, "NOT_A_SCORED_CRITERION");
        assertRefused(selfAssess(id, "17", one("B", "5.5")), 422, "POINTS_ABOVE_MAXIMUM");
        selfAssess(id, "17", one("II", "1.005")).statusCode(400).contentType(PROBLEM);
        assertEquals(before, given().get(ASSESSMENT, id, "17").then().extract().asString());

        // a non-member: 422 and no assessment
        assertRefused(TestTokens.as(TestTokens.member("88")).contentType(ContentType.JSON)
                .body(selfBody("30", "10", "20", "0", "0", true)).put(SELF, id, "88").then(), 422, "NOT_A_MEMBER");
        given().get(ASSESSMENT, id, "88").then().statusCode(404);
    }

    @Test
    void shouldRefuseAppraisalThatDiffersWithoutReasonAndChangeNothing() {
        RosterFeed.publish(cluster, 2024, 1, "17");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "17", selfBody("30", "10", "20", "0", "0", true)).statusCode(200);
        String before = given().get(ASSESSMENT, id, "17").then().extract().asString();
        assertRefused(appraise(id, "17", List.of(Map.of("criterionCode", "II", "points", 18))), 422,
                "APPRAISAL_REASON_REQUIRED");
        assertRefused(appraise(id, "17", List.of(Map.of("criterionCode", "II", "points", 18, "reason", " "))), 422,
                "APPRAISAL_REASON_REQUIRED");
        assertRefused(appraise(id, "17", List.of(Map.of("criterionCode", "II", "points", 41, "reason", "x"))), 422,
                "POINTS_ABOVE_MAXIMUM");
        assertEquals(before, given().get(ASSESSMENT, id, "17").then().extract().asString());
        // the same points need no reason
        appraise(id, "17", List.of(Map.of("criterionCode", "II", "points", 20))).statusCode(200);
    }

    @Test
    void shouldRefuseFinalisationWhileAMemberIsMissingAndChangeNothing() {
        RosterFeed.publish(cluster, 2024, 1, "17", "24");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "17", selfBody("30", "10", "20", "0", "0", true)).statusCode(200);
        appraise(id, "17", List.of()).statusCode(200);
        assertRefused(given().post(FINALIZE, id).then(), 409, "MEMBERS_NOT_APPRAISED")
                .body("detail", containsString("24"));
        given().noFilters().get(RANKING, id).then().statusCode(404);
        given().get(ASSESSMENT, id, "17").then().body("status", equalTo("APPRAISED"));
        given().get(TABLES + "/{id}", id).then().body("finalizedAt", nullValue());
    }

    @Test
    void shouldRefuseTableWhoseGroupMaximumDisagreesAndStoreNothing() {
        RosterFeed.publish(cluster, 2024, 1, "17");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        Map<String, Object> body = table(cluster, List.of("SHARED"), false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) body.get("criteria");
        criteria.set(0, group("I", 61, score("I.1", 40), score("I.2", 20)));
        assertRefused(given().contentType(ContentType.JSON).body(body).post(TABLES).then(), 422,
                "GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN");
        given().queryParam("clusterCode", cluster).get(TABLES).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseBadImportRowNamingRowAndColumnAndImportNothing() {
        RosterFeed.publish(cluster, 2024, 1, "17");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        List<List<String>> rows = validRows();
        rows.set(3, List.of("I.2", "I", "Thu ngân sách", "SCORE", "hai mươi"));
        importFile(cluster, csv(rows), "table.csv", "text/csv").statusCode(400).contentType(PROBLEM)
                .body("rule", equalTo("IMPORT_ROW_INVALID"))
                .body("detail", containsString("Row 4, column E"));
        rows = validRows();
        rows.set(2, List.of("I.1", "X", "GRDP", "SCORE", "40"));
        importFile(cluster, xlsx(rows), "table.xlsx", RANKING_XLSX).statusCode(400)
                .body("detail", containsString("Row 3, column B"));
        rows = validRows();
        rows.set(5, List.of("B", "", "Thưởng", "EXTRA", "5"));
        importFile(cluster, csv(rows), "table.csv", "text/csv").statusCode(400)
                .body("detail", containsString("Row 6, column D"));
        importFile(cluster, "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "t.xlsx", RANKING_XLSX)
                .statusCode(400).body("rule", equalTo("IMPORT_FILE_UNREADABLE"));
        // not multipart: the security check first, then 415 naming the rule
        given().noFilters().contentType(ContentType.JSON).body("{}").post(TABLES + "/import").then().statusCode(401);
        TestTokens.as(TestTokens.member("17")).contentType(ContentType.JSON).body("{}").post(TABLES + "/import")
                .then().statusCode(403);
        assertRefused(given().contentType(ContentType.JSON).body("{}").post(TABLES + "/import").then(), 415,
                "IMPORT_NEEDS_MULTIPART");
        given().queryParam("clusterCode", cluster).get(TABLES).then().body("total", equalTo(0));
    }

    // --- import and export ------------------------------------------------------------------------------------------

    @Test
    void shouldImportTheSameTableFromXlsxAndCsv() {
        RosterFeed.publish(cluster, 2024, 1, "17");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        for (byte[] file : List.of(xlsx(validRows()), csv(validRows()))) {
            importFile(cluster, file, "bang-tieu-chi", "application/octet-stream").statusCode(201)
                    .body("status", equalTo("DRAFT")).body("maxTotal", equalTo(100))
                    .body("criteria.code", contains("I", "II", "B", "P"))
                    .body("criteria[0].children.code", contains("I.1", "I.2"))
                    .body("criteria[0].children[0].title", equalTo("Tăng trưởng GRDP"))
                    .body("tieBreak", contains("BONUS_DESC", "PENALTY_ASC", "SHARED"));
        }
    }

    @Test
    void shouldExportRankingAndScoreSheetWithVietnameseHeaders() throws Exception {
        RosterFeed.publish(cluster, 2024, 1, "19", "15");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long id = published(false);
        selfAssess(id, "19", selfBody("40", "20", "30", "1", "0", true)).statusCode(200);
        selfAssess(id, "15", selfBody("39", "20", "30", "1", "0", true)).statusCode(200);
        appraise(id, "19", List.of()).statusCode(200);
        appraise(id, "15", List.of(Map.of("criterionCode", "II", "points", 29, "reason", "Thiếu, chưa đủ"))).statusCode(200);
        given().post(FINALIZE, id).then().statusCode(200);

        byte[] csv = given().noFilters().get(RANKING + ".csv", id).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Hạng,Mã đơn vị,Tổng điểm"), text);
        assertTrue(text.contains("1,19,91.00"), text);

        byte[] sheet = given().get(TABLES + "/{id}/score-sheet.csv", id).then().statusCode(200).extract()
                .asByteArray();
        String sheetText = new String(sheet, StandardCharsets.UTF_8);
        assertTrue(sheetText.contains("\"Thiếu, chưa đủ\""), sheetText);
        assertTrue(sheetText.contains("Tự chấm"), sheetText);

        byte[] xlsx = given().noFilters().get(RANKING + ".xlsx", id).then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Hạng", rows.get(0).getCellText(0));
            assertEquals("19", rows.get(1).getCellText(1));
            assertEquals(0, new BigDecimal("91").compareTo(new BigDecimal(rows.get(1).getCellText(2))));
        }
        byte[] sheetXlsx = given().get(TABLES + "/{id}/score-sheet.xlsx", id).then().statusCode(200).extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheetXlsx))) {
            assertEquals(1 + 2 * 6, workbook.getFirstSheet().read().size());
        }
        given().noFilters().get(TABLES + "/{id}/score-sheet.csv", id).then().statusCode(401);
    }

    @Test
    void shouldRefuseToSupersedeATableOnceAnAssessmentIsSubmitted() {
        RosterFeed.publish(cluster, 2024, 1, "17");
        TestTokens.actAs(TestTokens.secretariat(cluster));
        long first = published(false);
        long next = draft(table(cluster, List.of("SHARED"), false));
        selfAssess(first, "17", selfBody("30", "10", "20", "0", "0", true)).statusCode(200);
        assertRefused(given().post(TABLES + "/{id}/publish", next).then(), 409, "TABLE_HAS_SUBMITTED_ASSESSMENTS");
        given().get(TABLES + "/{id}", first).then().body("status", equalTo("PUBLISHED"));
        given().get(TABLES + "/{id}", next).then().body("status", equalTo("DRAFT"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static final String RANKING_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ValidatableResponse assertRefused(ValidatableResponse response, int status, String rule) {
        return response.statusCode(status).contentType(PROBLEM).body("rule", equalTo(rule));
    }

    private ValidatableResponse selfAssess(long id, String unit, Map<String, Object> body) {
        return TestTokens.as(TestTokens.member(unit)).contentType(ContentType.JSON).body(body).put(SELF, id, unit)
                .then();
    }

    private ValidatableResponse appraise(long id, String unit, List<Map<String, Object>> scores) {
        return given().contentType(ContentType.JSON).body(Map.of("scores", scores)).put(APPRAISAL, id, unit).then();
    }

    private long published(boolean withTarget) {
        long id = draft(table(cluster, List.of("BONUS_DESC", "PENALTY_ASC", "SHARED"), withTarget));
        given().post(TABLES + "/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private long submitted(String unit) {
        long id = published(false);
        selfAssess(id, unit, selfBody("30", "10", "20", "0", "0", true)).statusCode(200);
        return id;
    }

    private long appraised(String unit) {
        long id = submitted(unit);
        appraise(id, unit, List.of()).statusCode(200);
        return id;
    }

    /** Each fixture in a cluster of its own (17, 24, 19), so that its tables do not meet the others'. */
    private Supplier<Call> fresh(Supplier<Call> fixture) {
        return () -> {
            cluster = RosterFeed.uniqueCluster("MATRIX");
            RosterFeed.publish(cluster, 2024, 1, "17", "24", "19");
            TestTokens.actAs(TestTokens.secretariat(cluster));
            return fixture.get();
        };
    }

    /** 17 appraised, 24 and 19 excluded (the roster of the matrix test). */
    private long finalizable() {
        long id = appraised("17");
        for (String unit : List.of("24", "19")) {
            given().contentType(ContentType.JSON).body(Map.of("unitCode", unit, "reason", "Không tham gia"))
                    .post(TABLES + "/{id}/exclusions", id).then().statusCode(200);
        }
        return id;
    }

    private long finalized() {
        long id = finalizable();
        given().post(FINALIZE, id).then().statusCode(200);
        return id;
    }

    private long explanationAsked(String unit) {
        long id = appraised(unit);
        given().contentType(ContentType.JSON).body(Map.of("criterionCodes", List.of("II"), "question", "?"))
                .post(ASSESSMENT + "/explanation-requests", id, unit).then().statusCode(200);
        return id;
    }

    private static long draft(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(TABLES).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** I (group 60: I.1 40, I.2 20), II 40 [, T 10 against the target: then II is 30], B bonus 5, P penalty 5. */
    private static Map<String, Object> table(String cluster, List<String> tieBreak, boolean withTarget) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", cluster);
        body.put("year", 2024);
        body.put("title", "Bảng chấm điểm thi đua năm 2024");
        body.put("tieBreak", tieBreak);
        List<Map<String, Object>> criteria = new ArrayList<>();
        criteria.add(group("I", 60, score("I.1", 40), score("I.2", 20)));
        criteria.add(score("II", 40));
        if (withTarget) {
            Map<String, Object> target = score("T", 10);
            target.put("targetRule", "PROPORTIONAL");
            criteria.add(target);
        }
        criteria.add(Map.of("code", "B", "title", "Điểm thưởng", "kind", "BONUS", "maxPoints", 5));
        criteria.add(Map.of("code", "P", "title", "Điểm trừ", "kind", "PENALTY", "maxPoints", 5));
        body.put("criteria", criteria);
        return body;
    }

    private static Map<String, Object> revision() {
        return Map.of("title", "Dự thảo", "tieBreak", List.of("SHARED"), "criteria", List.of(score("I", 100)));
    }

    @SafeVarargs
    private static Map<String, Object> group(String code, Number max, Map<String, Object>... children) {
        return new HashMap<>(Map.of("code", code, "title", "Nhóm " + code, "kind", "GROUP", "maxPoints", max,
                "children", List.of(children)));
    }

    private static Map<String, Object> score(String code, Number max) {
        return new HashMap<>(Map.of("code", code, "title", "Tiêu chí " + code, "kind", "SCORE", "maxPoints", max));
    }

    private static Map<String, Object> selfBody(String i1, String i2, String ii, String bonus, String penalty,
            boolean submit) {
        List<Map<String, Object>> scores = new ArrayList<>();
        scores.add(Map.of("criterionCode", "I.1", "points", new BigDecimal(i1), "note", "Báo cáo tổng kết",
                "evidence", List.of("https://example.vn/bao-cao.pdf", "doc-42")));
        scores.add(Map.of("criterionCode", "I.2", "points", new BigDecimal(i2)));
        scores.add(Map.of("criterionCode", "II", "points", new BigDecimal(ii)));
        scores.add(Map.of("criterionCode", "B", "points", new BigDecimal(bonus)));
        scores.add(Map.of("criterionCode", "P", "points", new BigDecimal(penalty)));
        Map<String, Object> body = new HashMap<>();
        body.put("scores", scores);
        body.put("submit", submit);
        return body;
    }

    private static Map<String, Object> one(String code, String points) {
        return Map.of("scores", List.of(Map.of("criterionCode", code, "points", new BigDecimal(points))),
                "submit", false);
    }

    static List<List<String>> validRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Mã", "Mã cha", "Tiêu chí", "Loại", "Điểm tối đa"));
        rows.add(List.of("I", "", "Phát triển kinh tế", "GROUP", "60"));
        rows.add(List.of("I.1", "I", "Tăng trưởng GRDP", "SCORE", "40"));
        rows.add(List.of("I.2", "I", "Thu ngân sách", "score", "20,00"));
        rows.add(List.of("II", "", "Văn hóa, xã hội", "SCORE", "40"));
        rows.add(List.of("B", "", "Điểm thưởng", "BONUS", "5"));
        rows.add(List.of("P", "", "Điểm trừ", "PENALTY", "5"));
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tiêu chí");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (c == 4 && r > 0 && value.matches("[0-9]+")) {
                        sheet.value(r, c, Integer.parseInt(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Multipart importForm(String cluster, byte[] file) {
        return new Multipart(Map.of("clusterCode", cluster, "year", "2024", "title", "Bảng nhập từ tệp",
                "tieBreak", "BONUS_DESC,PENALTY_ASC,SHARED"), "table.csv", file, "text/csv");
    }

    private static ValidatableResponse importFile(String cluster, byte[] file, String name, String mediaType) {
        return given().multiPart("file", name, file, mediaType).multiPart("clusterCode", cluster)
                .multiPart("year", "2024").multiPart("title", "Bảng nhập từ tệp")
                .multiPart("tieBreak", "BONUS_DESC,PENALTY_ASC,SHARED").post(TABLES + "/import").then();
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String type, long tableId) {
        return EventProbe.awaitRecord("thidua.scoring.v1", r -> type.equals(EventProbe.header(r, "ce_type"))
                && EventProbe.value(r).contains("\"tableId\":\"" + tableId + "\""), Duration.ofSeconds(20));
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) throws Exception {
        return JSON.readTree(EventProbe.value(record));
    }

    private static void assertSameEntries(JsonPath ranking, JsonNode entries) {
        List<Map<String, Object>> rest = ranking.getList("entries");
        assertEquals(rest.size(), entries.size());
        for (int i = 0; i < rest.size(); i++) {
            Map<String, Object> r = rest.get(i);
            JsonNode e = entries.get(i);
            assertEquals(r.get("rank"), e.path("rank").asInt());
            assertEquals(r.get("unitCode"), e.path("unitCode").asText());
            assertEquals(0, new BigDecimal(r.get("total").toString()).compareTo(e.path("total").decimalValue()));
            assertEquals(0, new BigDecimal(r.get("bonus").toString()).compareTo(e.path("bonus").decimalValue()));
            assertEquals(0, new BigDecimal(r.get("penalty").toString()).compareTo(e.path("penalty").decimalValue()));
            assertEquals(r.get("decidedBy"), e.path("decidedBy").asText());
            assertEquals(r.get("shared"), e.path("shared").asBoolean());
        }
    }
}
