package vn.thidua.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Scoring tables of the Northern Midlands and Mountains cluster, against the real database and broker: the roster
 * arrives as cluster-service's event, then tables are drafted, revised, published and superseded.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class ScoringTableResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TABLES = "/api/v1/scoring-tables";
    private static final String TABLE = "/api/v1/scoring-tables/{id}";
    private static final String PUBLISH = "/api/v1/scoring-tables/{id}/publish";
    // Hòa Bình, Bắc Giang, Bắc Kạn, Phú Thọ, Thái Nguyên, Yên Bái, Tuyên Quang
    private static final String[] MIDLANDS = {"17", "24", "06", "25", "19", "15", "08"};

    private String cluster;

    @BeforeEach
    void knownRoster() {
        cluster = RosterFeed.uniqueCluster("MIDLANDS");
        RosterFeed.publish(cluster, 2024, 1, MIDLANDS);
        TestTokens.actAs(TestTokens.secretariat(cluster));
    }

    // --- drafting ------------------------------------------------------------------------------------------------

    @Test
    void shouldDraftTableWithItsTreeLocationAndEtag() {
        ValidatableResponse created = create(table(cluster, 2024)).statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/scoring-tables/"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("clusterCode", equalTo(cluster))
                .body("year", equalTo(2024))
                .body("title", equalTo("Bảng tiêu chí chấm điểm thi đua năm 2024"))
                .body("tableVersion", nullValue())
                .body("tieBreak", contains("BONUS_DESC", "PENALTY_ASC", "SHARED"))
                .body("maxTotal", equalTo(100))
                .body("criteria.code", contains("I", "II", "B", "P"))
                .body("criteria[0].kind", equalTo("GROUP"))
                .body("criteria[0].maxPoints", equalTo(70))
                .body("criteria[0].children.code", contains("I.1", "I.2", "I.3", "I.4"))
                .body("criteria[0].children[0].title", equalTo("Tăng trưởng tổng sản phẩm trên địa bàn (GRDP)"))
                .body("criteria[0].children[0].children", empty())
                .body("criteria[1].children[1].maxPoints", equalTo(12.5f))
                .body("criteria[2].kind", equalTo("BONUS"))
                .body("criteria[3].kind", equalTo("PENALTY"));
        long id = created.extract().jsonPath().getLong("id");
        created.header("Location", endsWith("/api/v1/scoring-tables/" + id));

        given().get(TABLE, id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("criteria[0].children.code", contains("I.1", "I.2", "I.3", "I.4"))
                .body("criteria[1].children.code", contains("II.1", "II.2", "II.3"));
    }

    @Test
    void shouldRejectTableForUnknownClusterYear() {
        create(table(cluster, 2031)).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unknown-cluster-year"))
                .body("rule", equalTo("UNKNOWN_CLUSTER_YEAR"));
        TestTokens.actAs(TestTokens.secretariat("NO-SUCH-CLUSTER"));
        create(table("NO-SUCH-CLUSTER", 2024)).statusCode(422).body("rule", equalTo("UNKNOWN_CLUSTER_YEAR"));
        assertNoTables(cluster, 2031);
    }

    @Test
    void shouldRejectGroupWhoseMaximumIsNotTheSumOfItsChildren() {
        Map<String, Object> body = table(cluster, 2024);
        criteria(body).set(0, group("I", 60, score("I.1", 20), score("I.2", 15), score("I.3", 15), score("I.4", 20)));
        create(body).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/group-maximum-not-sum-of-children"))
                .body("rule", equalTo("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN"))
                .body("detail", containsString("I"));
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectDuplicateCriterionCode() {
        Map<String, Object> body = table(cluster, 2024);
        criteria(body).set(3, leaf("PENALTY", "I.1", 5));
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("DUPLICATE_CRITERION_CODE"));
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectLeafWithChildren() {
        Map<String, Object> body = table(cluster, 2024);
        Map<String, Object> bonus = leaf("BONUS", "B", 5);
        bonus.put("children", List.of(leaf("BONUS", "B.1", 5)));
        criteria(body).set(2, bonus);
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("LEAF_WITH_CHILDREN"));
    }

    @Test
    void shouldRejectCriterionWithoutPositiveMaximum() {
        Map<String, Object> body = table(cluster, 2024);
        criteria(body).set(3, leaf("PENALTY", "P", 0));
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("MAX_POINTS_NOT_POSITIVE"));
    }

    @Test
    void shouldRejectTieBreakPolicyNotEndingWithShared() {
        Map<String, Object> body = table(cluster, 2024);
        body.put("tieBreak", List.of("BONUS_DESC", "PENALTY_ASC"));
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("TIE_BREAK_NOT_ENDING_WITH_SHARED"));
        body.put("tieBreak", List.of("BONUS_DESC", "BONUS_DESC", "SHARED"));
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("DUPLICATE_TIE_BREAK_RULE"));
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectTableWithoutScoreCriterion() {
        Map<String, Object> body = table(cluster, 2024);
        body.put("criteria", List.of(leaf("BONUS", "B", 5)));
        create(body).statusCode(422).contentType(PROBLEM).body("rule", equalTo("NO_SCORE_CRITERION"));
    }

    // --- bad input -----------------------------------------------------------------------------------------------

    @Test
    void shouldRejectMalformedJsonAndStoreNothing() {
        given().contentType(ContentType.JSON).body("{\"clusterCode\": \"" + cluster + "\", year: 2024}")
                .post(TABLES).then()
                .statusCode(400)
                .contentType(PROBLEM)
                // service-support names it malformed-json, but Quarkus REST wraps Jackson's parse error in a
                // WebApplicationException(400), which the library answers as invalid-request
                .body("type", anyOf(equalTo("/problems/malformed-json"),
                        equalTo("/problems/invalid-request")))
                .body("status", equalTo(400));
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectUnknownFieldAndStoreNothing() {
        Map<String, Object> body = table(cluster, 2024);
        body.put("weighting", "equal");
        create(body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.field", hasItem("weighting"));
        Map<String, Object> nested = table(cluster, 2024);
        Map<String, Object> penalty = leaf("PENALTY", "P", 5);
        penalty.put("weight", 2);
        criteria(nested).set(3, penalty);
        create(nested).statusCode(400).contentType(PROBLEM);
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectMissingFieldsAndStoreNothing() {
        Map<String, Object> body = table(cluster, 2024);
        body.remove("title");
        create(body).statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("title"));

        Map<String, Object> noKind = table(cluster, 2024);
        criteria(noKind).get(3).remove("kind");
        create(noKind).statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(containsString("kind")));

        Map<String, Object> noMax = table(cluster, 2024);
        criteria(noMax).get(2).remove("maxPoints");
        create(noMax).statusCode(400).contentType(PROBLEM);

        Map<String, Object> noCriteria = table(cluster, 2024);
        noCriteria.put("criteria", List.of());
        create(noCriteria).statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("criteria"));

        Map<String, Object> noPolicy = table(cluster, 2024);
        noPolicy.remove("tieBreak");
        create(noPolicy).statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("tieBreak"));
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldRejectWrongEnumsAndBadCodes() {
        Map<String, Object> body = table(cluster, 2024);
        criteria(body).get(2).put("kind", "EXTRA");
        create(body).statusCode(400).contentType(PROBLEM);
        Map<String, Object> policy = table(cluster, 2024);
        policy.put("tieBreak", List.of("COIN_TOSS", "SHARED"));
        create(policy).statusCode(400).contentType(PROBLEM);
        Map<String, Object> code = table(cluster, 2024);
        criteria(code).get(2).put("code", "điểm thưởng");
        create(code).statusCode(400).contentType(PROBLEM);
        Map<String, Object> precision = table(cluster, 2024);
        criteria(precision).get(2).put("maxPoints", 1.234);
        create(precision).statusCode(400).contentType(PROBLEM);
        assertNoTables(cluster, 2024);
    }

    @Test
    void shouldAnswerNotFoundForUnknownTable() {
        given().get(TABLE, 987654321).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
        given().post(PUBLISH, 987654321).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(revision("x")).put(TABLE, 987654321).then()
                .statusCode(404).contentType(PROBLEM);
        // an id that is not a number is bad input, named (service-support's typed parameters)
        given().get(TABLE, "not-a-number").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
    }

    // --- listing -------------------------------------------------------------------------------------------------

    @Test
    void shouldListTablesByClusterYearAndStatusInPages() {
        RosterFeed.publish(cluster, 2025, 1, MIDLANDS);
        long first = createId(table(cluster, 2024));
        long second = createId(table(cluster, 2024));
        long later = createId(table(cluster, 2025));
        publish(first).statusCode(200);

        given().queryParam("clusterCode", cluster).get(TABLES).then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains((int) later, (int) second, (int) first))
                .body("items[0].maxTotal", equalTo(100))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("criteria")));
        given().queryParam("clusterCode", cluster).queryParam("year", 2024).get(TABLES).then()
                .body("total", equalTo(2))
                .body("items.year", everyItem(equalTo(2024)));
        given().queryParam("clusterCode", cluster).queryParam("status", "PUBLISHED").get(TABLES).then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) first))
                .body("items[0].tableVersion", equalTo(1));
        given().queryParam("clusterCode", cluster).queryParam("size", 2).queryParam("page", 1).get(TABLES).then()
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.id", contains((int) first));
        given().queryParam("status", "ARCHIVED").get(TABLES).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("size", 1000).get(TABLES).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("year", "last").get(TABLES).then().statusCode(400).contentType(PROBLEM);
    }

    // --- publishing ----------------------------------------------------------------------------------------------

    @Test
    void shouldPublishDraftAsFirstVersionAndFreezeIt() {
        long id = createId(table(cluster, 2024));
        publish(id).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PUBLISHED"))
                .body("tableVersion", equalTo(1))
                .body("publishedAt", notNullValue())
                .body("criteria.code", contains("I", "II", "B", "P"));

        given().contentType(ContentType.JSON).body(revision("Bảng sửa đổi")).put(TABLE, id).then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("rule", equalTo("TABLE_STRUCTURE_FROZEN"));
        given().get(TABLE, id).then()
                .body("title", equalTo("Bảng tiêu chí chấm điểm thi đua năm 2024"))
                .body("criteria[0].children.code", contains("I.1", "I.2", "I.3", "I.4"));
    }

    @Test
    void shouldRefuseToPublishTheSameTableTwice() {
        long id = createId(table(cluster, 2024));
        publish(id).statusCode(200);
        publish(id).statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/table-already-published"))
                .body("rule", equalTo("TABLE_ALREADY_PUBLISHED"));
        given().get(TABLE, id).then().header("ETag", equalTo("\"1\"")).body("tableVersion", equalTo(1));
    }

    @Test
    void shouldSupersedeThePublishedVersionWhenPublishingANewOne() {
        long v1 = createId(table(cluster, 2024));
        publish(v1).statusCode(200);
        long v2 = createId(table(cluster, 2024));
        publish(v2).statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("tableVersion", equalTo(2));

        given().get(TABLE, v1).then()
                .body("status", equalTo("SUPERSEDED"))
                .body("tableVersion", equalTo(1))
                .body("supersededById", equalTo((int) v2))
                .body("supersededAt", notNullValue());
        publish(v1).statusCode(409).body("rule", equalTo("TABLE_ALREADY_PUBLISHED"));
        given().queryParam("clusterCode", cluster).queryParam("year", 2024).queryParam("status", "PUBLISHED")
                .get(TABLES).then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) v2));
    }

    @Test
    void shouldSerialiseConcurrentPublicationsOfOneClusterYear() throws Exception {
        List<Long> drafts = List.of(createId(table(cluster, 2024)), createId(table(cluster, 2024)),
                createId(table(cluster, 2024)));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long id : drafts) {
            calls.add(() -> publish(id).extract().statusCode());
            calls.add(() -> publish(id).extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // each draft is published once (200) and refused once (409 TABLE_ALREADY_PUBLISHED)
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().queryParam("clusterCode", cluster).get(TABLES).then()
                .body("items.tableVersion", containsInAnyOrder(1, 2, 3))
                .body("items.findAll { it.status == 'PUBLISHED' }.size()", equalTo(1))
                .body("items.find { it.status == 'PUBLISHED' }.tableVersion", equalTo(3));
    }

    @Test
    void shouldKeepVersionsOfDifferentYearsApart() {
        RosterFeed.publish(cluster, 2025, 1, MIDLANDS);
        long y2024 = createId(table(cluster, 2024));
        long y2025 = createId(table(cluster, 2025));
        publish(y2024).statusCode(200).body("tableVersion", equalTo(1));
        publish(y2025).statusCode(200).body("tableVersion", equalTo(1));
        given().get(TABLE, y2024).then().body("status", equalTo("PUBLISHED"));
    }

    // --- revising and If-Match -----------------------------------------------------------------------------------

    @Test
    void shouldReviseDraftReusingItsCriterionCodes() {
        long id = createId(table(cluster, 2024));
        Map<String, Object> revised = revision("Bảng tiêu chí (dự thảo 2)");
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revised).put(TABLE, id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Bảng tiêu chí (dự thảo 2)"))
                .body("status", equalTo("DRAFT"))
                .body("tieBreak", contains("SHARED"))
                .body("maxTotal", equalTo(100))
                .body("criteria.code", contains("I", "B"))
                .body("criteria[0].children.code", contains("I.1", "I.2"));
        given().get(TABLE, id).then().header("ETag", equalTo("\"1\"")).body("criteria.code", contains("I", "B"));
    }

    @Test
    void shouldApplyTheTreeRulesToARevision() {
        long id = createId(table(cluster, 2024));
        Map<String, Object> revised = revision("Dự thảo sai");
        criteria(revised).set(0, group("I", 90, score("I.1", 60), score("I.2", 40)));
        given().contentType(ContentType.JSON).body(revised).put(TABLE, id).then()
                .statusCode(422).body("rule", equalTo("GROUP_MAXIMUM_NOT_SUM_OF_CHILDREN"));
        given().get(TABLE, id).then().header("ETag", equalTo("\"0\"")).body("criteria.code", contains("I", "II", "B", "P"));
    }

    @Test
    void shouldRejectStaleIfMatchWithPreconditionFailed() {
        long id = createId(table(cluster, 2024));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revision("Dự thảo 2")).put(TABLE, id)
                .then().statusCode(200);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revision("Dự thảo 3")).put(TABLE, id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/stale-version"));
        given().header("If-Match", "\"0\"").post(PUBLISH, id).then().statusCode(412).contentType(PROBLEM);
        given().get(TABLE, id).then().body("title", equalTo("Dự thảo 2")).body("status", equalTo("DRAFT"));
        given().header("If-Match", "\"1\"").post(PUBLISH, id).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void shouldDocumentScoringTablesInOpenApi() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(containsString("/api/v1/scoring-tables/{id}/publish"))
                .body(containsString("ScoringTableView"))
                .body(containsString("CreateScoringTableRequest"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The 2024 table: two sections of 70 and 30 points, a bonus capped at 5 and a penalty capped at 5. */
    private static Map<String, Object> table(String cluster, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", cluster);
        body.put("year", year);
        body.put("title", "Bảng tiêu chí chấm điểm thi đua năm " + year);
        body.put("tieBreak", List.of("BONUS_DESC", "PENALTY_ASC", "SHARED"));
        List<Map<String, Object>> criteria = new ArrayList<>();
        criteria.add(group("I", 70,
                titled(score("I.1", 20), "Tăng trưởng tổng sản phẩm trên địa bàn (GRDP)"),
                titled(score("I.2", 15), "Thu ngân sách nhà nước trên địa bàn"),
                titled(score("I.3", 15), "Giảm tỷ lệ hộ nghèo"),
                titled(score("I.4", 20), "Cải cách hành chính, chuyển đổi số")));
        criteria.add(group("II", 30,
                titled(score("II.1", 10), "Tổ chức phong trào thi đua"),
                titled(score("II.2", 12.5), "Tham gia hoạt động của Cụm"),
                titled(score("II.3", 7.5), "Chế độ thông tin, báo cáo")));
        criteria.add(titled(leaf("BONUS", "B", 5), "Điểm thưởng: mô hình mới, cách làm hay"));
        criteria.add(titled(leaf("PENALTY", "P", 5), "Điểm trừ: chậm gửi báo cáo"));
        body.put("criteria", criteria);
        return body;
    }

    private static Map<String, Object> revision(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("tieBreak", List.of("SHARED"));
        List<Map<String, Object>> criteria = new ArrayList<>();
        criteria.add(group("I", 100, score("I.1", 60), score("I.2", 40)));
        criteria.add(leaf("BONUS", "B", 10));
        body.put("criteria", criteria);
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> group(String code, Number maxPoints, Map<String, Object>... children) {
        Map<String, Object> group = leaf("GROUP", code, maxPoints);
        group.put("children", List.of(children));
        return group;
    }

    private static Map<String, Object> score(String code, Number maxPoints) {
        return leaf("SCORE", code, maxPoints);
    }

    private static Map<String, Object> leaf(String kind, String code, Number maxPoints) {
        Map<String, Object> criterion = new HashMap<>();
        criterion.put("code", code);
        criterion.put("title", "Tiêu chí " + code);
        criterion.put("kind", kind);
        criterion.put("maxPoints", maxPoints);
        return criterion;
    }

    private static Map<String, Object> titled(Map<String, Object> criterion, String title) {
        criterion.put("title", title);
        return criterion;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> criteria(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("criteria");
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(TABLES).then();
    }

    private static long createId(Map<String, Object> body) {
        return create(body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse publish(long id) {
        return given().post(PUBLISH, id).then();
    }

    private static void assertNoTables(String cluster, int year) {
        given().queryParam("clusterCode", cluster).queryParam("year", year).get(TABLES).then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
