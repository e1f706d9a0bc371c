package vn.thidua.devstack.demo;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * nomination-service's demo data ({@value #RESOURCE}): the proposals of the seed articles are not entered, they come
 * out of the demo rankings through {@code thidua.scoring.v1} as in real use; this step waits (polling, with a deadline)
 * until each is drafted and fails naming the one that is not. A cluster-year without a scoring table has no ranking
 * to propose from: its proposals are reported as waiting for one. Read-only, so loading twice changes nothing.
 */
public final class NominationDemo implements DemoStep {

    public static final String RESOURCE = "/demo/nomination-demo.json";

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public void load(JsonNode data, DemoApi api) {
        Duration wait = Duration.ofSeconds(data.path("waitSeconds").asLong(120));
        for (JsonNode proposal : data.path("proposals")) {
            String cluster = proposal.path("clusterCode").asText();
            int year = proposal.path("year").asInt();
            String what = proposal.path("awardType").asText() + " for unit " + proposal.path("unitCode").asText()
                    + " (" + cluster + " " + year + ")";
            JsonNode tables = api.getJson("/api/v1/scoring-tables?clusterCode=" + DemoApi.encode(cluster) + "&year="
                    + year);
            if (tables.path("total").asLong() == 0) {
                api.log("no scoring table for " + cluster + " " + year + " yet: " + what
                        + " will be drafted when its ranking is finalised");
                continue;
            }
            awaitDraft(api, cluster, year, proposal.path("awardType").asText(), proposal.path("unitCode").asText(),
                    what, wait);
        }
    }

    private static void awaitDraft(DemoApi api, String cluster, int year, String awardType, String unitCode,
            String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        String path = "/api/v1/nominations?clusterCode=" + DemoApi.encode(cluster) + "&year=" + year + "&awardType="
                + awardType;
        while (true) {
            for (JsonNode n : api.getJson(path).path("items")) {
                if (unitCode.equals(n.at("/nominee/unitCode").asText())) {
                    api.present();
                    api.log("proposal " + what + ": " + n.path("status").asText());
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new DemoLoadException("proposal " + what + " was not drafted from the ranking within "
                        + wait.toSeconds() + " s", 0);
            }
            DemoApi.sleep(Duration.ofMillis(500));
        }
    }
}
