package vn.thidua.nomination;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;

/** Calls of the nomination API the tests share, each as the role that makes it. */
final class NominationApi {

    static final String PATH = "/api/v1/nominations";

    private NominationApi() {
    }

    /** A fresh cluster with a roster of {@code members} units (codes C-U1..); returns the cluster code. */
    static String clusterWithMembers(String prefix, int year, int members) {
        String cluster = RosterFeed.uniqueCluster(prefix);
        RosterFeed.publish(cluster, year, 1, units(cluster, members).toArray(String[]::new));
        return cluster;
    }

    static List<String> units(String cluster, int members) {
        return java.util.stream.IntStream.rangeClosed(1, members).mapToObj(i -> cluster + "-U" + i).toList();
    }

    static ValidatableResponse propose(String cluster, int year, String awardType, String kind, String unit,
            String name) {
        Map<String, Object> nominee = new HashMap<>();
        nominee.put("kind", kind);
        nominee.put("unitCode", unit);
        if (name != null) {
            nominee.put("name", name);
        }
        return TestTokens.as(TestTokens.secretariat(cluster)).contentType(ContentType.JSON)
                .body(Map.of("clusterCode", cluster, "year", year, "awardType", awardType, "nominee", nominee,
                        "basis", "Thành tích xuất sắc năm " + year))
                .post(PATH).then();
    }

    static String proposeUnit(String cluster, int year, String awardType, String unit) {
        return propose(cluster, year, awardType, "UNIT", unit, null).statusCode(201).extract().path("id");
    }

    static ValidatableResponse vote(String id, String unit, boolean approve) {
        return TestTokens.as(TestTokens.member(unit)).contentType(ContentType.JSON)
                .body(Map.of("voterUnitCode", unit, "approve", approve))
                .post(PATH + "/{id}/ballots", id).then();
    }

    static ValidatableResponse secretariat(String cluster, String id, String action) {
        return TestTokens.as(TestTokens.secretariat(cluster)).contentType(ContentType.JSON)
                .body(Map.of("action", action)).post(PATH + "/{id}/transitions", id).then();
    }

    static ValidatableResponse board(String id, Map<String, Object> body) {
        return TestTokens.as(TestTokens.centralBoard()).contentType(ContentType.JSON).body(body)
                .post(PATH + "/{id}/transitions", id).then();
    }

    static ValidatableResponse upload(String cluster, String id, String type, String fileName, byte[] content) {
        return TestTokens.as(TestTokens.secretariat(cluster)).contentType(ContentType.MULTIPART)
                .multiPart("type", type)
                .multiPart("file", fileName, content, "application/pdf")
                .post(PATH + "/{id}/documents", id).then();
    }

    static void uploadAll(String cluster, String id, String... types) {
        for (String type : types) {
            upload(cluster, id, type, type.toLowerCase() + ".pdf", ("%PDF " + type + " " + UUID.randomUUID())
                    .getBytes()).statusCode(201);
        }
    }

    static ValidatableResponse get(String id) {
        return given().get(PATH + "/{id}", id).then();
    }
}
