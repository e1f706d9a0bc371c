package vn.thidua.devstack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static Map<String, Object> section(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void shouldMarkEachTargetMetOrNotByItsDirection() {
        Map<String, Object> results = section(
                "read_latency_one_connection", section("gateway_added_p50_ms", 0.7),
                "read_throughput", section("domain_read_over_bare", 0.6),
                "event_path", section("p50_over_round_trip", 2.0),
                "outbox_relay", section("events_per_s", 4999.0, "in_order_per_key", false));
        String md = BenchReport.markdown(results);
        assertTrue(md.contains("(ms) (gateway p50 minus direct p50, alternating requests) | 0.70 | ≤ 0.50 | no |"),
                md);
        assertTrue(md.contains("| 0.60 | ≥ 0.50 | yes |"), md);
        assertTrue(md.contains("| 2 | ≤ 2 | yes |"), md);
        assertTrue(md.contains("| 4999 | ≥ 5000 | no |"), md);
        assertTrue(md.contains("relay kept each key's order | false |  | no |"), md);
    }

    @Test
    void shouldShowAFigureTheRunDidNotReachAsMissing() {
        String md = BenchReport.markdown(section());
        assertTrue(md.contains("| stack RSS after the run (MB) (sum of every process: launcher with Kafka, "
                + "PostgreSQL, services, gateway) | - | ≤ 1536 |  |"), md);
    }

    @Test
    void shouldFindFiguresByTheirPath() {
        Map<String, Object> results = section("stack", section("after_load", section("rss_mb", 1200L)));
        assertEquals(1200L, BenchReport.lookup(results, "stack.after_load.rss_mb"));
        assertEquals(null, BenchReport.lookup(results, "stack.at_ready.rss_mb"));
    }
}
