package vn.thidua.nomination;

import static io.restassured.RestAssured.given;
import static vn.thidua.nomination.NominationApi.clusterWithMembers;
import static vn.thidua.nomination.NominationApi.proposeUnit;
import static vn.thidua.nomination.NominationApi.secretariat;
import static vn.thidua.nomination.NominationApi.units;
import static vn.thidua.nomination.NominationApi.vote;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.AuthorizationMatrix;
import vn.thidua.testsupport.AuthorizationMatrix.Call;
import vn.thidua.testsupport.AuthorizationMatrix.Multipart;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Every write of nomination-service: the cluster's secretariat proposes, closes the vote, uploads and answers; a member
 * unit votes for itself; the Central Board sets quotas; anyone comments during a window; no token 401, others 403.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class AuthorizationMatrixTest {

    @Test
    void shouldLetEachRoleTakeOnlyItsOwnSteps() {
        AuthorizationMatrix.verify("nomination-service", Map.of(
                "POST /api/v1/nominations", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    return new Call(Map.of("clusterCode", cluster, "year", 2024, "awardType",
                            "PM_CERTIFICATE_OF_MERIT", "nominee", Map.of("kind", "UNIT", "unitCode",
                                    units(cluster, 2).get(0))), cluster, 201);
                },
                "POST /api/v1/nominations/{id}/transitions", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    String id = proposeUnit(cluster, 2024, "GOVERNMENT_EMULATION_FLAG", units(cluster, 2).get(0));
                    return new Call(Map.of("action", "CLOSE_VOTE"), cluster, 200, id);
                },
                "POST /api/v1/nominations/{id}/ballots", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    String voter = units(cluster, 2).get(1);
                    String id = proposeUnit(cluster, 2024, "GOVERNMENT_EMULATION_FLAG", units(cluster, 2).get(0));
                    return new Call(Map.of("voterUnitCode", voter, "approve", true), voter, 201, id);
                },
                "POST /api/v1/nominations/{id}/documents", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    String id = proposeUnit(cluster, 2024, "GOVERNMENT_EMULATION_FLAG", units(cluster, 2).get(0));
                    return new Call(new Multipart(Map.of("type", "SUBMISSION_LETTER"), "to-trinh.pdf",
                            "%PDF tờ trình".getBytes(), "application/pdf"), cluster, 201, id);
                },
                "POST /api/v1/nominations/{id}/comments/{commentId}/answer", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    String id = acclaimedFighter(cluster);
                    long comment = ((Number) given().noFilters().contentType(ContentType.JSON)
                            .body(Map.of("text", "Ý kiến")).post("/api/v1/public/nominations/{id}/comments", id)
                            .then().statusCode(201).extract().path("id")).longValue();
                    return new Call(Map.of("answer", "Đã xem xét"), cluster, 200, id, comment);
                },
                "PUT /api/v1/quotas/{clusterCode}/{year}/{awardType}", () -> new Call(Map.of("perClusterYear", 2,
                        "legalBasis", "Quyết định của Ban"), null, 200, "KHOI-AM", 2024, "GOVERNMENT_EMULATION_FLAG"),
                "POST /api/v1/public/nominations/{id}/comments", () -> {
                    String cluster = clusterWithMembers("AM", 2024, 2);
                    return new Call(Map.of("text", "Góp ý của người dân"), null, 201, acclaimedFighter(cluster));
                }));
    }

    /** A nominee published for public comment: a National Emulation Fighter the vote acclaimed. */
    private static String acclaimedFighter(String cluster) {
        List<String> members = units(cluster, 2);
        String id = TestTokens.as(TestTokens.secretariat(cluster)).contentType(ContentType.JSON)
                .body(Map.of("clusterCode", cluster, "year", 2024, "awardType", "NATIONAL_EMULATION_FIGHTER",
                        "nominee", Map.of("kind", "INDIVIDUAL", "unitCode", members.get(0), "name", "Phạm Văn Minh")))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        members.forEach(m -> vote(id, m, true).statusCode(201));
        secretariat(cluster, id, "CLOSE_VOTE").statusCode(200);
        return id;
    }
}
