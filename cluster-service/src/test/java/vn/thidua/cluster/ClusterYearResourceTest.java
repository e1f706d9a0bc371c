package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.getYear;
import static vn.thidua.cluster.ClusterApi.merge;
import static vn.thidua.cluster.ClusterApi.putLeadership;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

@QuarkusTest
@WithEmbeddedInfrastructure
class ClusterYearResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldSetRosterAndShowMembersWithRoles() {
        String tuyenQuang = unit("Tuyên Quang");
        String hoaBinh = unit("Hòa Bình");
        String yenBai = unit("Yên Bái");
        String cluster = cluster("Cụm thi đua các tỉnh Trung du và miền núi phía Bắc");

        putMembers(cluster, 2024, tuyenQuang, hoaBinh, yenBai)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("clusterCode", equalTo(cluster))
                .body("year", equalTo(2024))
                .body("members.unitCode", containsInAnyOrder(tuyenQuang, hoaBinh, yenBai))
                .body("members.role", contains("MEMBER", "MEMBER", "MEMBER"))
                .body("chairUnitCode", nullValue());

        putLeadership(cluster, 2024, tuyenQuang, hoaBinh)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("chairUnitCode", equalTo(tuyenQuang))
                .body("viceChairUnitCode", equalTo(hoaBinh));

        getYear(cluster, 2024)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("members.find { it.unitCode == '" + tuyenQuang + "' }.role", equalTo("CHAIR"))
                .body("members.find { it.unitCode == '" + hoaBinh + "' }.role", equalTo("VICE_CHAIR"))
                .body("members.find { it.unitCode == '" + yenBai + "' }.role", equalTo("MEMBER"))
                .body("members.find { it.unitCode == '" + hoaBinh + "' }.name", equalTo("Hòa Bình"));

        given().get("/api/v1/clusters/{c}", cluster).then().body("years", contains(2024));
    }

    @Test
    void shouldTreatSameRosterAgainAsNoChange() {
        String a = unit("Lào Cai");
        String b = unit("Cao Bằng");
        String cluster = cluster("Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc");
        putMembers(cluster, 2024, a, b).statusCode(200).body("revision", equalTo(1));
        putMembers(cluster, 2024, b, a).statusCode(200).body("revision", equalTo(1));
        putLeadership(cluster, 2024, a, b).body("revision", equalTo(2));
        putLeadership(cluster, 2024, a, b).body("revision", equalTo(2));
    }

    @Test
    void shouldOpenYearWithEmptyRoster() {
        String cluster = cluster("Cụm");
        putMembers(cluster, 2027).statusCode(200).body("revision", equalTo(1)).body("members.size()", equalTo(0));
        putMembers(cluster, 2027).statusCode(200).body("revision", equalTo(1));
    }

    @Test
    void shouldAcceptBacKanIn2025RosterAndRefuseItIn2026() {
        String thaiNguyen = unit("Thái Nguyên");
        String bacKan = unit("Bắc Kạn");
        merge("2025-07-01", thaiNguyen, bacKan).statusCode(201);
        String cluster = cluster("Cụm Trung du");

        putMembers(cluster, 2025, bacKan, thaiNguyen)
                .statusCode(200)
                .body("members.unitCode", hasItem(bacKan))
                .body("members.find { it.unitCode == '" + bacKan + "' }.validTo", equalTo("2025-06-30"))
                .body("members.find { it.unitCode == '" + bacKan + "' }.successorCode", equalTo(thaiNguyen));

        putMembers(cluster, 2026, bacKan, thaiNguyen)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("UNIT_NOT_VALID_IN_YEAR"))
                .body("type", equalTo("/problems/unit-not-valid-in-year"))
                .body("detail", containsString(bacKan));
        getYear(cluster, 2026).statusCode(404);
        putMembers(cluster, 2026, thaiNguyen).statusCode(200);
    }

    @Test
    void shouldRefuseUnitNotYetExistingInThatYear() {
        String newUnit = unit("Tỉnh mới", "2025-07-01", null);
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, newUnit).statusCode(422).body("rule", equalTo("UNIT_NOT_VALID_IN_YEAR"));
        putMembers(cluster, 2025, newUnit).statusCode(200);
    }

    @Test
    void shouldRejectUnknownUnitInRosterAndChangeNothing() {
        String known = unit("Phú Thọ");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, known).statusCode(200);
        putMembers(cluster, 2024, known, "NO-SUCH-UNIT")
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("UNKNOWN_UNIT"))
                .body("detail", containsString("NO-SUCH-UNIT"));
        getYear(cluster, 2024).body("members.unitCode", contains(known)).body("revision", equalTo(1));
    }

    @Test
    void shouldRejectUnitListedTwiceInRoster() {
        String a = unit("Vĩnh Phúc");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, a, a).statusCode(422).body("rule", equalTo("DUPLICATE_ROSTER_UNIT"));
    }

    @Test
    void shouldRejectBadRosterInput() {
        String cluster = cluster("Cụm");
        given().contentType(ContentType.JSON).body("{\"unitCodes\": [").put("/api/v1/clusters/{c}/years/2024/members",
                cluster).then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("units", List.of("08")))
                .put("/api/v1/clusters/{c}/years/2024/members", cluster).then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/clusters/{c}/years/2024/members", cluster).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("unitCodes"));
        getYear(cluster, 2024).statusCode(404);
    }

    @Test
    void shouldRejectChairThatIsNotMember() {
        String member = unit("Bắc Giang");
        String outsider = unit("Hải Dương");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, member).statusCode(200);

        putLeadership(cluster, 2024, outsider, null)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("CHAIR_NOT_MEMBER"))
                .body("type", equalTo("/problems/chair-not-member"));
        getYear(cluster, 2024).body("chairUnitCode", nullValue()).body("revision", equalTo(1));
    }

    @Test
    void shouldRejectViceChairThatIsNotMember() {
        String member = unit("Bắc Giang");
        String outsider = unit("Hải Dương");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, member).statusCode(200);
        putLeadership(cluster, 2024, member, outsider).statusCode(422).body("rule", equalTo("VICE_CHAIR_NOT_MEMBER"));
    }

    @Test
    void shouldRejectViceChairSameAsChair() {
        String a = unit("Thái Bình");
        String b = unit("Nam Định");
        String cluster = cluster("Cụm thi đua các tỉnh Đồng bằng sông Hồng");
        putMembers(cluster, 2023, a, b).statusCode(200);

        putLeadership(cluster, 2023, a, a)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rule", equalTo("VICE_CHAIR_SAME_AS_CHAIR"));
        getYear(cluster, 2023).body("chairUnitCode", nullValue());
    }

    @Test
    void shouldAcceptChairWithoutViceChair() {
        String a = unit("Hòa Bình");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, a).statusCode(200);
        putLeadership(cluster, 2025, a, null).statusCode(200).body("chairUnitCode", equalTo(a))
                .body("viceChairUnitCode", nullValue());
    }

    @Test
    void shouldRequireRosterBeforeLeadership() {
        String a = unit("Lào Cai");
        String cluster = cluster("Cụm");
        putLeadership(cluster, 2024, a, null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("rule", equalTo("ROSTER_REQUIRED"));
        getYear(cluster, 2024).statusCode(404);
    }

    @Test
    void shouldRejectLeadershipWithoutChair() {
        String a = unit("Lào Cai");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, a).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("viceChairUnitCode", a))
                .put("/api/v1/clusters/{c}/years/2024/leadership", cluster).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("chairUnitCode"));
    }

    @Test
    void shouldRefuseRosterThatDropsLeadershipHolder() {
        String chair = unit("Lào Cai");
        String vice = unit("Cao Bằng");
        String other = unit("Sơn La");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, chair, vice, other).statusCode(200);
        putLeadership(cluster, 2024, chair, vice).statusCode(200);

        putMembers(cluster, 2024, chair, other)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("rule", equalTo("LEADERSHIP_MEMBER_REMOVED"))
                .body("detail", containsString(vice));
        putMembers(cluster, 2024, vice, other)
                .statusCode(409)
                .body("rule", equalTo("LEADERSHIP_MEMBER_REMOVED"))
                .body("detail", containsString(chair));
        getYear(cluster, 2024).body("members.unitCode", containsInAnyOrder(chair, vice, other));

        putMembers(cluster, 2024, chair, vice).statusCode(200).body("members.unitCode", not(hasItem(other)));
    }

    @Test
    void shouldSuggestLastYearsViceChairWhenStillMember() {
        String tuyenQuang = unit("Tuyên Quang");
        String hoaBinh = unit("Hòa Bình");
        String yenBai = unit("Yên Bái");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, tuyenQuang, hoaBinh, yenBai).statusCode(200);
        putLeadership(cluster, 2024, tuyenQuang, hoaBinh).statusCode(200);

        putMembers(cluster, 2025, tuyenQuang, hoaBinh, yenBai).statusCode(200)
                .body("suggestedChairUnitCode", equalTo(hoaBinh));
        putLeadership(cluster, 2025, hoaBinh, null).statusCode(200)
                .body("chairUnitCode", equalTo(hoaBinh))
                .body("suggestedChairUnitCode", equalTo(hoaBinh));
        getYear(cluster, 2024).body("suggestedChairUnitCode", nullValue());

        // the suggestion is only offered while last year's vice-chair is a member this year
        String cluster2 = cluster("Cụm");
        putMembers(cluster2, 2024, tuyenQuang, hoaBinh).statusCode(200);
        putLeadership(cluster2, 2024, tuyenQuang, hoaBinh).statusCode(200);
        putMembers(cluster2, 2025, tuyenQuang, yenBai).statusCode(200).body("suggestedChairUnitCode", nullValue());
    }

    @Test
    void shouldKeepLeadershipAsElectedWhenChairMergesLaterThatYear() {
        String hoaBinh = unit("Hòa Bình");
        String phuTho = unit("Phú Thọ");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, hoaBinh, phuTho).statusCode(200);
        putLeadership(cluster, 2025, hoaBinh, phuTho).statusCode(200);

        merge("2025-07-01", phuTho, hoaBinh).statusCode(201);

        getYear(cluster, 2025).statusCode(200)
                .body("chairUnitCode", equalTo(hoaBinh))
                .body("viceChairUnitCode", equalTo(phuTho))
                .body("members.find { it.unitCode == '" + hoaBinh + "' }.role", equalTo("CHAIR"));
        // and the 2025 roster can still be restated with the merged unit
        putMembers(cluster, 2025, phuTho, hoaBinh).statusCode(200);
    }

    @Test
    void shouldRefuseStaleIfMatch() {
        String a = unit("Hưng Yên");
        String b = unit("Thái Bình");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2024, a).statusCode(200).header("ETag", "\"1\"");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("unitCodes", List.of(a, b)))
                .put("/api/v1/clusters/{c}/years/2024/members", cluster).then()
                .statusCode(200).header("ETag", "\"2\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("unitCodes", List.of(a)))
                .put("/api/v1/clusters/{c}/years/2024/members", cluster).then()
                .statusCode(412)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("chairUnitCode", a))
                .put("/api/v1/clusters/{c}/years/2024/leadership", cluster).then()
                .statusCode(412);
        getYear(cluster, 2024).body("members.unitCode", containsInAnyOrder(a, b)).body("chairUnitCode", nullValue());
    }

    @Test
    void shouldListEveryClusterYearOfUnitWithItsRole() {
        String tuyenQuang = unit("Tuyên Quang");
        String bacKan = unit("Bắc Kạn");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2023, tuyenQuang, bacKan).statusCode(200);
        putLeadership(cluster, 2023, bacKan, tuyenQuang).statusCode(200);
        putMembers(cluster, 2024, tuyenQuang, bacKan).statusCode(200);
        putLeadership(cluster, 2024, tuyenQuang, null).statusCode(200);

        given().get("/api/v1/units/{u}/memberships", tuyenQuang).then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.year", contains(2024, 2023))
                .body("items.role", contains("CHAIR", "VICE_CHAIR"))
                .body("items.clusterCode", contains(cluster, cluster))
                .body("items.unitCode", contains(tuyenQuang, tuyenQuang));
    }

    @Test
    void shouldListYearsOfCluster() {
        String a = unit("Lạng Sơn");
        String cluster = cluster("Cụm");
        putMembers(cluster, 2025, a).statusCode(200);
        putMembers(cluster, 2024, a).statusCode(200);
        given().get("/api/v1/clusters/{c}/years", cluster).then()
                .statusCode(200)
                .body("year", contains(2024, 2025));
    }
}
