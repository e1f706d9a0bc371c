package vn.thidua.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Rankings arrive on {@code thidua.scoring.v1} as scoring-service writes them (raw CloudEvents, binary mode): the
 * finalised ranking drafts the flag and the certificate, an amended one moves the open drafts.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class RankingProposalTest {

    @Test
    void shouldDraftFlagAndCertificateFromTheRankingAndMoveThemWhenItIsAmended() {
        String cluster = RosterFeed.uniqueCluster("RK");
        sendRanking("ranking-finalized", cluster, 2024, 1, null, List.of(
                entry(1, "19", false), entry(2, "15", false), entry(3, "08", false)));
        awaitDrafts(cluster, 2024, Map.of("GOVERNMENT_EMULATION_FLAG", "19", "PM_CERTIFICATE_OF_MERIT", "15"));
        given().queryParam("clusterCode", cluster).get("/api/v1/nominations").then()
                .body("items.find { it.awardType == 'GOVERNMENT_EMULATION_FLAG' }.rank", equalTo(1))
                .body("items.find { it.awardType == 'GOVERNMENT_EMULATION_FLAG' }.status", equalTo("PROPOSED"))
                .body("items.find { it.awardType == 'GOVERNMENT_EMULATION_FLAG' }.origin", equalTo("RANKING"));
        String flagId = given().queryParam("clusterCode", cluster).queryParam("awardType", "GOVERNMENT_EMULATION_FLAG")
                .get("/api/v1/nominations").then().extract().path("items[0].id");

        // a redelivered or older version changes nothing; the amendment swaps first and second
        sendRanking("ranking-amended", cluster, 2024, 2, "Sửa điểm tiêu chí 3", List.of(
                entry(1, "15", false), entry(2, "19", false), entry(3, "08", false)));
        awaitDrafts(cluster, 2024, Map.of("GOVERNMENT_EMULATION_FLAG", "15", "PM_CERTIFICATE_OF_MERIT", "19"));
        given().get("/api/v1/nominations/{id}", flagId).then()
                .body("nominee.unitCode", equalTo("15")).body("rankingVersion", equalTo(2))
                .body("history[1].action", equalTo("FOLLOW_RANKING"))
                .body("history[1].reason", containsString("19 rank 1"))
                .body("history[1].reason", containsString("Sửa điểm tiêu chí 3"));
        given().queryParam("clusterCode", cluster).get("/api/v1/nominations").then().body("total", equalTo(2));
        // the moved draft is announced again, as proposed for its new unit
        EventProbe.awaitRecord("thidua.nomination.v1", r -> r.key().equals(flagId)
                && new String(r.value()).contains("\"unitCode\":\"15\""), Duration.ofSeconds(20));
    }

    @Test
    void shouldWithdrawAndAnnounceTheDraftAnAmendedRankingLeavesOutOfTheQuotaAndProposeItAgainWhenItIsBack() {
        String cluster = RosterFeed.uniqueCluster("RW");
        String first = cluster + "-1";
        String second = cluster + "-2";
        sendRanking("ranking-finalized", cluster, 2024, 1, null, List.of(entry(1, first, false),
                entry(2, second, false)));
        awaitDrafts(cluster, 2024, Map.of("GOVERNMENT_EMULATION_FLAG", first, "PM_CERTIFICATE_OF_MERIT", second));
        String certificateId = given().queryParam("clusterCode", cluster)
                .queryParam("awardType", "PM_CERTIFICATE_OF_MERIT").get("/api/v1/nominations").then()
                .extract().path("items[0].id");

        // the first is excluded on appeal: the second alone is ranked, the flag moves to it, the certificate has nobody
        sendRanking("ranking-amended", cluster, 2024, 2, "Loại đơn vị 1 sau khiếu nại", List.of(
                entry(1, second, false)));
        awaitDrafts(cluster, 2024, Map.of("GOVERNMENT_EMULATION_FLAG", second));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/nominations/{id}",
                certificateId).then().body("status", equalTo("WITHDRAWN")));
        // other agencies saw it proposed: they are told it is withdrawn, with the reason
        EventProbe.awaitRecord("thidua.nomination.v1", r -> r.key().equals(certificateId)
                && "vn.thidua.nomination.withdrawn.v1".equals(header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("Loại đơn vị 1 sau khiếu nại"),
                Duration.ofSeconds(20));

        // the appeal is reversed: both are back, the certificate's own nomination is proposed again
        sendRanking("ranking-amended", cluster, 2024, 3, "Khôi phục đơn vị 1", List.of(entry(1, first, false),
                entry(2, second, false)));
        awaitDrafts(cluster, 2024, Map.of("GOVERNMENT_EMULATION_FLAG", first, "PM_CERTIFICATE_OF_MERIT", second));
        given().get("/api/v1/nominations/{id}", certificateId).then()
                .body("status", equalTo("PROPOSED")).body("nominee.unitCode", equalTo(second))
                .body("rankingVersion", equalTo(3));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldDraftEveryTiedUnitAsContestedAtTheQuotaEdge() {
        String cluster = RosterFeed.uniqueCluster("TIE");
        given().contentType(ContentType.JSON).body(Map.of("perClusterYear", 2,
                "legalBasis", "Quyết định của Ban Thi đua - Khen thưởng Trung ương (khối có hai cờ)"))
                .put("/api/v1/quotas/{c}/{y}/{t}", cluster, 2024, "PM_CERTIFICATE_OF_MERIT").then().statusCode(200)
                .body("source", equalTo("CLUSTER_YEAR"));
        sendRanking("ranking-finalized", cluster, 2024, 1, null, List.of(
                entry(1, "A", true), entry(1, "B", true), entry(3, "C", false), entry(4, "D", true),
                entry(4, "E", true), entry(6, "F", false)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("clusterCode", cluster)
                .get("/api/v1/nominations").then().body("total", equalTo(5)));
        given().queryParam("clusterCode", cluster).get("/api/v1/nominations").then()
                .body("items.findAll { it.awardType == 'GOVERNMENT_EMULATION_FLAG' }.collect { it.nominee.unitCode + ':' + it.status }",
                        containsInAnyOrder("A:CONTESTED", "B:CONTESTED"))
                // C fits the certificate quota of 2; D and E tie for the one place left: both contested
                .body("items.findAll { it.awardType == 'PM_CERTIFICATE_OF_MERIT' }.collect { it.nominee.unitCode + ':' + it.status }",
                        containsInAnyOrder("C:PROPOSED", "D:CONTESTED", "E:CONTESTED"));
        given().queryParam("clusterCode", cluster).queryParam("year", 2024).get("/api/v1/quotas").then()
                .body("find { it.awardType == 'PM_CERTIFICATE_OF_MERIT' }.perClusterYear", equalTo(2))
                .body("find { it.awardType == 'GOVERNMENT_EMULATION_FLAG' }.source", equalTo("DEFAULT"));
    }

    static void awaitDrafts(String cluster, int year, Map<String, String> unitByAward) {
        // generous: the first test of the app waits for the consumer's partitions on a loaded machine
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (Map.Entry<String, String> e : unitByAward.entrySet()) {
                given().queryParam("clusterCode", cluster).queryParam("year", year)
                        .queryParam("awardType", e.getKey()).get("/api/v1/nominations").then()
                        .body("items.findAll { it.status == 'PROPOSED' }.nominee.unitCode", equalTo(List.of(e.getValue())));
            }
        });
    }

    static String entry(int rank, String unit, boolean shared) {
        return """
                {"rank":%d,"unitCode":"%s","total":%d.50,"bonus":1.00,"penalty":0.00,"decidedBy":"%s","shared":%s}"""
                .formatted(rank, unit, 100 - rank, shared ? "SHARED" : "TOTAL", shared);
    }

    static void sendRanking(String kind, String cluster, int year, int version, String reason, List<String> entries) {
        String list = entries.stream().collect(Collectors.joining(",", "[", "]"));
        String data = kind.equals("ranking-finalized")
                ? """
                {"tableId":"T1","clusterCode":"%s","year":%d,"version":%d,"entries":%s,"finalizedAt":"2025-03-14T08:00:00Z"}"""
                        .formatted(cluster, year, version, list)
                : """
                {"tableId":"T1","clusterCode":"%s","year":%d,"version":%d,"previousVersion":%d,"reason":"%s","entries":%s,"amendedAt":"2025-03-20T08:00:00Z"}"""
                        .formatted(cluster, year, version, version - 1, reason, list);
        EventProbe.send("thidua.scoring.v1", cluster + "/" + year, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "/thidua/scoring-service",
                "ce_type", "vn.thidua.scoring." + kind + ".v1",
                "ce_subject", cluster + "/" + year,
                "ce_time", "2025-03-14T08:00:00Z",
                "content-type", "application/json"));
    }
}
