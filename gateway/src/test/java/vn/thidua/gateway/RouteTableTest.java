package vn.thidua.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/units, cluster-service",
            "/api/v1/units/HN, cluster-service",
            "/api/v1/units/HN/memberships, cluster-service",
            "/api/v1/unit-mergers, cluster-service",
            "/api/v1/clusters/CUM-1/years/2024/leadership, cluster-service",
            "/api/v1/scoring-tables, scoring-service",
            "/api/v1/scoring-tables/42/assessments/HN/self, scoring-service",
            "/api/v1/award-types, nomination-service",
            "/api/v1/nominations/7/transitions, nomination-service",
            "/api/v1/public/awards, nomination-service",
            "/api/v1/conferences/9/resolutions, event-service",
            "/api/v1/conferences.ics, event-service",
            "/api/v1/pledges/CUM-1/2024/signatures, event-service" })
    void shouldRouteEveryPublicPrefixToItsOwner(String path, String service) {
        assertEquals(Optional.of(service), RouteTable.PUBLIC.serviceFor(path));
    }

    @Test
    void shouldMatchPrefixWithTrailingSlash() {
        assertEquals(Optional.of("cluster-service"), RouteTable.PUBLIC.serviceFor("/api/v1/units/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/internal/rosters/x/2024",
            "/internal",
            "/api/v1/unitsX",
            "/api/v1/units-archive",
            "/api/v1",
            "/api/v1/",
            "/api/v1/public",
            "/api/v1/public/awardsX",
            "/api/v2/units",
            "/API/V1/UNITS",
            "/q/health",
            "" })
    void shouldNotRoutePathsOutsideThePublicPrefixes(String path) {
        assertEquals(Optional.empty(), RouteTable.PUBLIC.serviceFor(path));
    }

    @Test
    void shouldPreferTheLongestPrefix() {
        RouteTable table = new RouteTable(Map.of("/api/v1/public", "a", "/api/v1/public/awards", "b"));
        assertEquals(Optional.of("b"), table.serviceFor("/api/v1/public/awards/2024"));
        assertEquals(Optional.of("a"), table.serviceFor("/api/v1/public/other"));
    }

    @Test
    void shouldNameTheFourServices() {
        assertEquals(Set.of("cluster-service", "scoring-service", "nomination-service", "event-service"),
                RouteTable.PUBLIC.services());
    }

    @Test
    void shouldMatchPrefixesOnlyAtTheStartOfThePath() {
        assertTrue(RouteTable.PUBLIC.serviceFor("/internal/api/v1/units").isEmpty());
    }
}
