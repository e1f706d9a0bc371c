package vn.thidua.conference;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.thidua.conference.ConferenceApi.borderCluster;
import static vn.thidua.conference.ConferenceApi.get;
import static vn.thidua.conference.ConferenceApi.held;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.events.Topics;
import vn.thidua.testsupport.EventProbe;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Results announced: nomination-service's public events, written to the real broker as it writes them, show on the
 * conference of the same cluster and season without calling nomination-service.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class ResultsAnnouncedTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldShowTheNominationsOfTheClusterAndSeasonInTheirLatestStep() {
        String cluster = borderCluster();
        String id = held(cluster);
        String flag = UUID.randomUUID().toString();
        String certificate = UUID.randomUUID().toString();
        String otherSeason = UUID.randomUUID().toString();

        send("proposed", flag, cluster, 2024, "GOVERNMENT_EMULATION_FLAG", "11", "PROPOSED", 1, null,
                "2025-03-21T09:00:00Z");
        send("proposed", certificate, cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "10", "PROPOSED", 2, null,
                "2025-03-21T09:00:00Z");
        send("acclaimed", flag, cluster, 2024, "GOVERNMENT_EMULATION_FLAG", "11", "ACCLAIMED", 1,
                "{\"eligible\":7,\"cast\":7,\"approve\":7,\"reject\":0}", "2025-03-21T10:00:00Z");
        send("proposed", otherSeason, cluster, 2023, "GOVERNMENT_EMULATION_FLAG", "04", "PROPOSED", 1, null,
                "2024-03-21T09:00:00Z");
        // an older step delivered late (e.g. a replay) does not roll the flag nomination back
        send("proposed", flag, cluster, 2024, "GOVERNMENT_EMULATION_FLAG", "11", "PROPOSED", 1, null,
                "2025-03-21T09:00:00Z");
        send("decided", certificate, cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "10", "DECIDED_AWARDED", 2, null,
                "2025-10-21T03:00:00Z");

        await().atMost(WAIT).untilAsserted(() -> get(id)
                .body("results", hasSize(2))
                .body("results.nominationId", contains(flag, certificate))
                .body("results[1].status", equalTo("DECIDED_AWARDED"))
                .body("results[1].decisionNumber", equalTo("1234/QĐ-TTg")));
        get(id).body("results[0].status", equalTo("ACCLAIMED"))
                .body("results[0].votes.approve", equalTo(7))
                .body("results[0].unitCode", equalTo("11"));
    }

    @Test
    void shouldShowAProposalWithdrawnByAnAmendedRanking() {
        String cluster = borderCluster();
        String id = held(cluster);
        String certificate = UUID.randomUUID().toString();
        send("proposed", certificate, cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "10", "PROPOSED", 2, null,
                "2025-03-21T09:00:00Z");
        send("withdrawn", certificate, cluster, 2024, "PM_CERTIFICATE_OF_MERIT", "10", "WITHDRAWN", 2, null,
                "2025-03-28T09:00:00Z");
        await().atMost(WAIT).untilAsserted(() -> get(id)
                .body("results.nominationId", contains(certificate))
                .body("results[0].status", equalTo("WITHDRAWN")));
    }

    private static void send(String step, String nominationId, String cluster, int year, String awardType,
            String unit, String status, int rank, String votes, String occurredAt) {
        boolean decided = status.startsWith("DECIDED");
        String data = """
                {"nominationId":"%s","clusterCode":"%s","year":%d,"awardType":"%s",\
                "nominee":{"kind":"UNIT","unitCode":"%s","name":null,"position":null},"status":"%s","rank":%d,\
                "reason":null,"decisionNumber":%s,"decisionDate":%s,"votes":%s,"occurredAt":"%s"}"""
                .formatted(nominationId, cluster, year, awardType, unit, status, rank,
                        decided ? "\"1234/QĐ-TTg\"" : "null", decided ? "\"2025-10-20\"" : "null",
                        votes == null ? "null" : votes, occurredAt);
        EventProbe.send(Topics.NOMINATION, nominationId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "/thidua/nomination-service",
                "ce_type", "vn.thidua.nomination." + step + ".v1",
                "ce_subject", nominationId,
                "ce_time", occurredAt,
                "content-type", "application/json"));
    }
}
