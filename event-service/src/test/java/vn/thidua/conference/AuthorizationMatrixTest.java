package vn.thidua.conference;

import static vn.thidua.conference.ConferenceApi.annualReview;
import static vn.thidua.conference.ConferenceApi.borderCluster;
import static vn.thidua.conference.ConferenceApi.held;
import static vn.thidua.conference.ConferenceApi.scheduled;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.AuthorizationMatrix;
import vn.thidua.testsupport.AuthorizationMatrix.Call;
import vn.thidua.testsupport.RosterFeed;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * Every write of event-service: conferences by the secretariat of their cluster, a pledge signature by the member
 * unit itself; anyone else 403, no token 401.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class AuthorizationMatrixTest {

    @Test
    void shouldLetOnlyTheClusterSecretariatRunItsConferencesAndOnlyTheMemberSignItsPledge() {
        String cluster = borderCluster();
        String pledgeCluster = RosterFeed.uniqueCluster("PLEDGE");
        RosterFeed.publish(pledgeCluster, 2025, 1, "10", "04");
        AuthorizationMatrix.verify("event-service", Map.of(
                "POST /api/v1/pledges/{clusterCode}/{year}/signatures", () -> new Call(
                        Map.of("unitCode", "10", "signedOn", "2025-03-22"), "10", 201, pledgeCluster, 2025),
                "POST /api/v1/conferences", () -> new Call(annualReview(cluster, 2024, "10"), cluster, 201),
                "POST /api/v1/conferences/{id}/status", () -> new Call(Map.of("status", "HELD"), cluster, 200,
                        scheduled(cluster)),
                "PUT /api/v1/conferences/{id}/attendance", () -> new Call(
                        Map.of("units", List.of(Map.of("unitCode", "10"))), cluster, 200, scheduled(cluster)),
                "POST /api/v1/conferences/{id}/papers", () -> new Call(
                        Map.of("unitCode", "10", "title", "Tham luận"), cluster, 201, scheduled(cluster)),
                "POST /api/v1/conferences/{id}/resolutions", () -> new Call(
                        Map.of("kind", "HAND_OVER_FLAG", "fromUnitCode", "10", "toUnitCode", "04"), cluster, 201,
                        held(cluster))));
    }
}
