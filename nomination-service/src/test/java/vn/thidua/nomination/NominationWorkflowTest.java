package vn.thidua.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nomination.NominationApi.PATH;
import static vn.thidua.nomination.NominationApi.board;
import static vn.thidua.nomination.NominationApi.clusterWithMembers;
import static vn.thidua.nomination.NominationApi.get;
import static vn.thidua.nomination.NominationApi.propose;
import static vn.thidua.nomination.NominationApi.proposeUnit;
import static vn.thidua.nomination.NominationApi.secretariat;
import static vn.thidua.nomination.NominationApi.units;
import static vn.thidua.nomination.NominationApi.upload;
import static vn.thidua.nomination.NominationApi.uploadAll;
import static vn.thidua.nomination.NominationApi.vote;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.TestTokens;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** A nomination's way from proposal to decision and revocation, with the rules of each step, on the real database. */
@QuarkusTest
@WithEmbeddedInfrastructure
class NominationWorkflowTest {

    private static final String FLAG = "GOVERNMENT_EMULATION_FLAG";
    private static final String[] FLAG_DOSSIER = { "SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "VOTE_MINUTES",
            "SCORE_SHEET" };

    @Test
    void shouldCarryANominationFromProposalThroughVoteDossierAppraisalDecisionToRevocation() throws Exception {
        String cluster = clusterWithMembers("WF", 2024, 7);
        List<String> members = units(cluster, 7);
        String id = proposeUnit(cluster, 2024, FLAG, members.get(0));
        get(id).statusCode(200).body("status", equalTo("PROPOSED")).body("origin", equalTo("MANUAL"))
                .body("history[0].actor", containsString(cluster))
                .body("allowedActions", contains("CLOSE_VOTE"));

        for (int i = 0; i < 5; i++) {
            vote(id, members.get(i), i < 4).statusCode(201);
        }
        secretariat(cluster, id, "CLOSE_VOTE").statusCode(200)
                .body("status", equalTo("ACCLAIMED"))
                .body("votes.eligible", equalTo(7)).body("votes.cast", equalTo(5))
                .body("votes.approve", equalTo(4)).body("votes.reject", equalTo(1));

        secretariat(cluster, id, "SUBMIT").statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("DOSSIER_INCOMPLETE"))
                .body("detail", containsString("SUBMISSION_LETTER")).body("detail", containsString("SCORE_SHEET"));
        uploadAll(cluster, id, "SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "VOTE_MINUTES");
        secretariat(cluster, id, "SUBMIT").statusCode(409).body("detail", containsString("SCORE_SHEET"))
                .body("detail", not(containsString("VOTE_MINUTES")));
        uploadAll(cluster, id, "SCORE_SHEET");
        secretariat(cluster, id, "SUBMIT").statusCode(200).body("status", equalTo("SUBMITTED"));

        // the cluster may not act for the Central Board
        secretariat(cluster, id, "RECEIVE").statusCode(403).body("detail", containsString("central-board"));
        board(id, Map.of("action", "RECEIVE")).statusCode(200).body("status", equalTo("RECEIVED"));
        board(id, Map.of("action", "RETURN")).statusCode(422).body("rule", equalTo("REASON_REQUIRED"));
        get(id).body("status", equalTo("RECEIVED"));
        board(id, Map.of("action", "RETURN", "reason", "Thiếu bản sao quyết định khen thưởng")).statusCode(200)
                .body("status", equalTo("RETURNED_FOR_SUPPLEMENT"));
        secretariat(cluster, id, "RESUBMIT").statusCode(200).body("status", equalTo("SUBMITTED"));
        board(id, Map.of("action", "RECEIVE")).statusCode(200);
        board(id, Map.of("action", "APPRAISE_ELIGIBLE")).statusCode(200).body("status", equalTo("APPRAISED_ELIGIBLE"));
        board(id, Map.of("action", "DECIDE_AWARDED", "decisionNumber", "1234/QĐ-TTg")).statusCode(422)
                .body("rule", equalTo("DECISION_REQUIRED"));
        board(id, Map.of("action", "DECIDE_AWARDED", "decisionNumber", "1234/QĐ-TTg", "decisionDate",
                "2025-10-20")).statusCode(200).body("status", equalTo("DECIDED_AWARDED"))
                .body("decisionNumber", equalTo("1234/QĐ-TTg")).body("decisionDate", equalTo("2025-10-20"));

        given().noFilters().queryParam("year", 2024).queryParam("clusterCode", cluster).get("/api/v1/public/awards")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].nominationId", equalTo(id))
                .body("items[0].awardNameVi", equalTo("Cờ thi đua của Chính phủ"))
                .body("items[0].decisionNumber", equalTo("1234/QĐ-TTg"));

        board(id, Map.of("action", "REVOKE", "reason", "Kết luận thanh tra")).statusCode(422)
                .body("rule", equalTo("DECISION_REQUIRED"));
        board(id, Map.of("action", "REVOKE", "reason", "Kết luận thanh tra", "decisionNumber", "99/QĐ-TTg",
                "decisionDate", "2026-01-05")).statusCode(200).body("status", equalTo("REVOKED"))
                .body("allowedActions.size()", equalTo(0));
        given().noFilters().queryParam("clusterCode", cluster).get("/api/v1/public/awards").then()
                .body("total", equalTo(0));

        get(id).body("history.status", contains("PROPOSED", "ACCLAIMED", "SUBMITTED", "RECEIVED",
                "RETURNED_FOR_SUPPLEMENT", "SUBMITTED", "RECEIVED", "APPRAISED_ELIGIBLE", "DECIDED_AWARDED",
                "REVOKED"))
                .body("history[4].reason", equalTo("Thiếu bản sao quyết định khen thưởng"))
                .body("history[4].actor", containsString("central-board"))
                .body("history[9].reason", containsString("99/QĐ-TTg"))
                .body("history[9].reason", containsString("1234/QĐ-TTg"));
    }

    @Test
    void shouldRefuseATransitionTheStatusDoesNotAllowNamingTheAllowedOnes() {
        String cluster = clusterWithMembers("FT", 2024, 3);
        String id = proposeUnit(cluster, 2024, FLAG, units(cluster, 3).get(0));
        secretariat(cluster, id, "SUBMIT").statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("TRANSITION_NOT_ALLOWED"))
                .body("detail", containsString("allowed: [CLOSE_VOTE]"));
        board(id, Map.of("action", "DECIDE_AWARDED", "decisionNumber", "1/QĐ-TTg", "decisionDate", "2025-01-01"))
                .statusCode(409).body("detail", containsString("PROPOSED"));
        get(id).body("status", equalTo("PROPOSED")).body("history.size()", equalTo(1));
    }

    @Test
    void shouldCountQuorumAtItsEdgeSevenMembersFourVotingIsNoQuorum() {
        String cluster = clusterWithMembers("QU", 2024, 7);
        List<String> members = units(cluster, 7);
        String id = proposeUnit(cluster, 2024, FLAG, members.get(0));
        for (int i = 0; i < 4; i++) {
            vote(id, members.get(i), true).statusCode(201);
        }
        secretariat(cluster, id, "CLOSE_VOTE").statusCode(200).body("status", equalTo("NOT_ACCLAIMED"))
                .body("votes.cast", equalTo(4)).body("history[1].reason", containsString("no quorum"));
        vote(id, members.get(4), true).statusCode(409).body("rule", equalTo("VOTE_CLOSED"));
    }

    @Test
    void shouldAcceptOneBallotPerMemberUnitOnly() {
        String cluster = clusterWithMembers("BA", 2024, 3);
        List<String> members = units(cluster, 3);
        String id = proposeUnit(cluster, 2024, FLAG, members.get(0));
        vote(id, members.get(1), true).statusCode(201).body("voterUnitCode", equalTo(members.get(1)));
        vote(id, members.get(1), false).statusCode(409).body("rule", equalTo("DUPLICATE_BALLOT"));
        vote(id, cluster + "-OUTSIDER", true).statusCode(422).body("rule", equalTo("VOTER_NOT_MEMBER"));
        // a member unit votes only for itself
        TestTokens.as(TestTokens.member(members.get(2))).contentType(ContentType.JSON)
                .body(Map.of("voterUnitCode", members.get(0), "approve", true)).post(PATH + "/{id}/ballots", id)
                .then().statusCode(403);
        given().get(PATH + "/{id}/vote-minutes", id).then().statusCode(200)
                .body("ballots.voterUnitCode", contains(members.get(1))).body("votes.cast", equalTo(1))
                .body("result", equalTo(null));
    }

    @Test
    void shouldRewardOneAchievementOnceNamingTheRule() {
        String cluster = clusterWithMembers("UQ", 2024, 2);
        String unit = units(cluster, 2).get(0);
        proposeUnit(cluster, 2024, FLAG, unit);
        propose(cluster, 2024, FLAG, "UNIT", unit, null).statusCode(409)
                .body("rule", equalTo("ONE_AWARD_PER_ACHIEVEMENT"));
        // another year, another award type or another recipient are other achievements
        proposeUnit(cluster, 2023, FLAG, unit);
        proposeUnit(cluster, 2024, "PM_CERTIFICATE_OF_MERIT", unit);
        propose(cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", unit, "Nguyễn Văn An").statusCode(201);
        propose(cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", unit, "nguyễn  văn an").statusCode(409)
                .body("rule", equalTo("ONE_AWARD_PER_ACHIEVEMENT"));
        // the flag goes to collectives only
        propose(cluster, 2025, FLAG, "INDIVIDUAL", unit, "Trần Thị Bình").statusCode(422)
                .body("rule", equalTo("NOMINEE_KIND_NOT_SERVED"));
    }

    @Test
    void shouldWaitForThePublicCommentWindowAndAnsweredCommentsBeforeSubmitting() {
        String cluster = clusterWithMembers("PC", 2030, 3);
        List<String> members = units(cluster, 3);
        String id = propose(cluster, 2030, "NATIONAL_EMULATION_FIGHTER", "INDIVIDUAL", members.get(0),
                "Lê Thị Hoa").statusCode(201).extract().path("id");
        given().noFilters().contentType(ContentType.JSON).body(Map.of("text", "Ý kiến sớm"))
                .post("/api/v1/public/nominations/{id}/comments", id).then().statusCode(409)
                .body("rule", equalTo("PUBLIC_COMMENT_CLOSED"));
        members.forEach(m -> vote(id, m, true).statusCode(201));
        String closes = secretariat(cluster, id, "CLOSE_VOTE").statusCode(200).body("status", equalTo("ACCLAIMED"))
                .extract().path("commentClosesOn");
        uploadAll(cluster, id, "SUBMISSION_LETTER", "ACHIEVEMENT_REPORT");

        long commentId = ((Number) given().noFilters().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Người dân", "text", "Đề nghị làm rõ thành tích năm 2030.\nXin cảm ơn."))
                .post("/api/v1/public/nominations/{id}/comments", id).then().statusCode(201)
                .extract().path("id")).longValue();
        secretariat(cluster, id, "SUBMIT").statusCode(409).body("rule", equalTo("PUBLIC_COMMENT_OPEN"))
                .body("detail", containsString(closes));

        TestClock.advance(Duration.ofDays(16)); // ten working days and more, whatever today is
        secretariat(cluster, id, "SUBMIT").statusCode(409).body("rule", equalTo("PUBLIC_COMMENTS_UNANSWERED"));
        given().noFilters().contentType(ContentType.JSON).body(Map.of("text", "Quá hạn"))
                .post("/api/v1/public/nominations/{id}/comments", id).then().statusCode(409);
        TestTokens.as(TestTokens.secretariat(cluster)).contentType(ContentType.JSON)
                .body(Map.of("answer", "Thành tích đã được xác minh."))
                .post(PATH + "/{id}/comments/{c}/answer", id, commentId).then().statusCode(200)
                .body("answer", equalTo("Thành tích đã được xác minh."));
        given().get(PATH + "/{id}/comments", id).then().statusCode(200)
                .body("text", contains("Đề nghị làm rõ thành tích năm 2030.\nXin cảm ơn."));
        secretariat(cluster, id, "SUBMIT").statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldDownloadADocumentWithTheChecksumItWasStoredWith() throws Exception {
        String cluster = clusterWithMembers("DC", 2024, 2);
        String id = proposeUnit(cluster, 2024, FLAG, units(cluster, 2).get(0));
        byte[] content = "Báo cáo thành tích năm 2024 — tỉnh".repeat(200).getBytes("UTF-8");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String docId = upload(cluster, id, "ACHIEVEMENT_REPORT", "bao-cao-thanh-tich.pdf", content).statusCode(201)
                .body("sha256", equalTo(sha)).body("size", equalTo(content.length))
                .body("fileName", equalTo("bao-cao-thanh-tich.pdf")).body("mediaType", equalTo("application/pdf"))
                .extract().path("id");
        byte[] downloaded = given().get(PATH + "/{id}/documents/{doc}", id, docId).then().statusCode(200)
                .header("X-Content-SHA256", sha).extract().asByteArray();
        assertArrayEquals(content, downloaded);
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded)));
        given().get(PATH + "/{id}/documents", id).then().body("id", hasItem(docId));

        upload(cluster, id, "OTHER", "big.bin", new byte[65_537]).statusCode(413)
                .contentType("application/problem+json");
        given().get(PATH + "/{id}/documents", id).then().body("size()", equalTo(1));
    }

    @Test
    void shouldPrintTheVoteMinutesAsPdfWithVietnameseText() throws Exception {
        String cluster = clusterWithMembers("PDF", 2024, 3);
        List<String> members = units(cluster, 3);
        String id = proposeUnit(cluster, 2024, "PM_CERTIFICATE_OF_MERIT", members.get(1));
        vote(id, members.get(0), true).statusCode(201);
        vote(id, members.get(2), true).statusCode(201);
        secretariat(cluster, id, "CLOSE_VOTE").statusCode(200).body("status", equalTo("ACCLAIMED"));
        given().accept(ContentType.JSON).get(PATH + "/{id}/vote-minutes", id).then().statusCode(200)
                .body("result", equalTo("ACCLAIMED")).body("quorumReached", equalTo(true))
                .body("awardNameVi", equalTo("Bằng khen của Thủ tướng Chính phủ"));
        byte[] pdf = given().accept("application/pdf").get(PATH + "/{id}/vote-minutes", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("BIÊN BẢN KIỂM PHIẾU BỎ PHIẾU SUY TÔN"), text);
            assertTrue(text.contains("Bằng khen của Thủ tướng Chính phủ"), text);
            assertTrue(text.contains("Kết quả: được suy tôn"), text);
            assertTrue(text.contains("Số phiếu đồng ý: 2"), text);
        }
    }
}
