package vn.thidua.conference;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.TestTokens;

/** Test helpers: a cluster with rosters for a season and the next year, and calls as its secretariat. */
final class ConferenceApi {

    // Seven Northern Border Mountain Provinces: Lào Cai, Cao Bằng, Điện Biên, Lạng Sơn, Hà Giang, Sơn La, Lai Châu
    static final String[] BORDER = {"10", "04", "11", "20", "02", "14", "12"};
    static final String PROBLEM = "application/problem+json";
    static final String CONFERENCES = "/api/v1/conferences";
    private static final Duration ROSTER_WAIT = Duration.ofSeconds(90);

    private ConferenceApi() {
    }

    /** A new cluster whose 2024 and 2025 rosters are the border provinces; calls act as its secretariat. */
    static String borderCluster() {
        String cluster = RosterFeed.uniqueCluster("BORDER7");
        for (int year : new int[] {2024, 2025}) {
            RosterFeed.send(UUID.randomUUID().toString(), cluster, year, List.of(BORDER), null, null, 1);
        }
        // generous: the first test class of the app waits for the consumers' partitions on a loaded machine
        RosterFeed.awaitRoster(ROSTER_WAIT, cluster, 2024, BORDER);
        RosterFeed.awaitRoster(ROSTER_WAIT, cluster, 2025, BORDER);
        TestTokens.actAs(TestTokens.secretariat(cluster));
        return cluster;
    }

    static Map<String, Object> annualReview(String cluster, int season, String host) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", cluster);
        body.put("kind", "ANNUAL_REVIEW");
        body.put("seasonYear", season);
        body.put("hostUnitCode", host);
        body.put("location", "Thành phố Lào Cai, tỉnh Lào Cai");
        body.put("startsAt", (season + 1) + "-03-22T08:00:00+07:00");
        body.put("presiding", List.of(Map.of("name", "Trịnh Xuân Trường", "title", "Chủ tịch UBND tỉnh Lào Cai",
                "unitCode", "10")));
        body.put("guests", List.of(Map.of("name", "Phạm Huy Giang", "title", "Phó Trưởng ban",
                "organization", "Ban Thi đua – Khen thưởng Trung ương")));
        return body;
    }

    static ValidatableResponse schedule(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(CONFERENCES).then();
    }

    /** Schedules a 2024 annual review hosted by Lào Cai and answers its id. */
    static String scheduled(String cluster) {
        return schedule(annualReview(cluster, 2024, "10")).statusCode(201).extract().path("id");
    }

    static ValidatableResponse status(String id, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        return given().contentType(ContentType.JSON).body(body).post(CONFERENCES + "/{id}/status", id).then();
    }

    /** A 2024 annual review that has been held. */
    static String held(String cluster) {
        String id = scheduled(cluster);
        status(id, "HELD", null).statusCode(200);
        return id;
    }

    static ValidatableResponse resolution(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(CONFERENCES + "/{id}/resolutions", id).then();
    }

    static ValidatableResponse get(String id) {
        return given().get(CONFERENCES + "/{id}", id).then();
    }
}
