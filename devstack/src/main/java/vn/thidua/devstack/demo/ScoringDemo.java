package vn.thidua.devstack.demo;

import static vn.thidua.devstack.demo.DemoApi.encode;
import static vn.thidua.devstack.demo.DemoApi.failure;
import static vn.thidua.devstack.demo.DemoApi.parse;
import static vn.thidua.devstack.demo.DemoApi.rule;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * scoring-service's demo data ({@value #RESOURCE}): for each season the seed articles report a ranking of, a published
 * table and illustrative scores (marked so in the table's title and notes), self-assessed by each member, appraised by
 * the secretariat and finalised, so the ranking events flow as in real use. A season whose ranking exists is present;
 * a partly loaded one continues where it stopped (a table with the demo title is reused, submitted assessments are not
 * sent again).
 */
public final class ScoringDemo implements DemoStep {

    public static final String RESOURCE = "/demo/scoring-demo.json";
    private static final String TABLES = "/api/v1/scoring-tables";
    /** Rules that only mean "cluster-service's roster has not reached scoring-service yet". */
    private static final Set<String> ROSTER_NOT_YET = Set.of("UNKNOWN_CLUSTER_YEAR", "NOT_A_MEMBER");
    private static final Duration ROSTER_WAIT = Duration.ofSeconds(60);

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public void load(JsonNode data, DemoApi api) {
        for (JsonNode season : data.path("seasons")) {
            loadSeason(data, season, api);
        }
    }

    private static void loadSeason(JsonNode data, JsonNode season, DemoApi api) {
        String cluster = season.path("clusterCode").asText();
        int year = season.path("year").asInt();
        String secretariat = api.token("cluster-secretariat", null, cluster);
        long tableId = table(data, season, api, secretariat);
        HttpResponse<String> ranking = api.send("GET", TABLES + "/" + tableId + "/ranking", null, secretariat);
        if (ranking.statusCode() == 200) {
            check(season, parse(ranking));
            api.present();
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> units = season.path("scores").fields();
        while (units.hasNext()) {
            Map.Entry<String, JsonNode> unit = units.next();
            assess(data, tableId, unit.getKey(), unit.getValue(), api, secretariat);
        }
        HttpResponse<String> finalized = api.send("POST", TABLES + "/" + tableId + "/finalize", null, secretariat);
        if (finalized.statusCode() != 200) {
            throw failure("finalising " + cluster + "/" + year, finalized);
        }
        check(season, parse(finalized));
        api.created("finalised the illustrative ranking of " + cluster + "/" + year);
    }

    /** The season's published demo table: found by its title, or drafted and published. */
    private static long table(JsonNode data, JsonNode season, DemoApi api, String token) {
        String cluster = season.path("clusterCode").asText();
        int year = season.path("year").asInt();
        String title = season.path("title").asText();
        JsonNode page = api.getJson(TABLES + "?clusterCode=" + encode(cluster) + "&year=" + year + "&size=200");
        for (JsonNode table : page.path("items")) {
            if (title.equals(table.path("title").asText()) && !"SUPERSEDED".equals(table.path("status").asText())) {
                long id = table.path("id").asLong();
                if ("DRAFT".equals(table.path("status").asText())) {
                    publish(id, api, token);
                } else {
                    api.present();
                }
                return id;
            }
        }
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.put("clusterCode", cluster);
        body.put("year", year);
        body.put("title", title);
        body.put("notes", season.path("notes").asText());
        body.set("tieBreak", season.path("tieBreak"));
        body.set("criteria", data.path("criteria"));
        HttpResponse<String> created = untilRosterArrives(api, "POST", TABLES, body, token);
        if (created.statusCode() != 201) {
            throw failure("drafting the demo table of " + cluster + "/" + year, created);
        }
        long id = parse(created).path("id").asLong();
        api.created("drafted the illustrative scoring table of " + cluster + "/" + year);
        publish(id, api, token);
        return id;
    }

    private static void publish(long id, DemoApi api, String token) {
        HttpResponse<String> published = api.send("POST", TABLES + "/" + id + "/publish", null, token);
        if (published.statusCode() != 200) {
            throw failure("publishing scoring table " + id, published);
        }
        api.created("published scoring table " + id);
    }

    /** Self-assessment by the unit, then the secretariat's appraisal accepting it; skips the steps already done. */
    private static void assess(JsonNode data, long tableId, String unit, JsonNode points, DemoApi api,
            String secretariat) {
        String path = TABLES + "/" + tableId + "/assessments/" + encode(unit);
        HttpResponse<String> current = api.send("GET", path, null, secretariat);
        String status = current.statusCode() == 200 ? parse(current).path("status").asText() : "NONE";
        if ("NONE".equals(status) || "DRAFT".equals(status)) {
            ObjectNode body = DemoApi.JSON.createObjectNode();
            ArrayNode scores = body.putArray("scores");
            JsonNode columns = data.path("scoreColumns");
            for (int i = 0; i < columns.size(); i++) {
                ObjectNode score = scores.addObject();
                score.put("criterionCode", columns.get(i).asText());
                score.set("points", points.get(i));
                score.put("note", "Điểm minh họa (illustrative)");
            }
            body.put("submit", true);
            HttpResponse<String> self = untilRosterArrives(api, "PUT", path + "/self", body,
                    api.token("member-unit", unit, null));
            if (self.statusCode() != 200) {
                throw failure("self-assessment of " + unit + " in table " + tableId, self);
            }
            api.created("self-assessment of " + unit + " in table " + tableId);
            status = "SELF_SUBMITTED";
        }
        if ("SELF_SUBMITTED".equals(status) || "EXPLAINED".equals(status)) {
            ObjectNode body = DemoApi.JSON.createObjectNode();
            body.putArray("scores");
            HttpResponse<String> appraised = api.send("PUT", path + "/appraisal", body, secretariat);
            if (appraised.statusCode() != 200) {
                throw failure("appraisal of " + unit + " in table " + tableId, appraised);
            }
            api.created("appraisal of " + unit + " in table " + tableId);
        } else {
            api.present();
        }
    }

    /** The first places the article reports (null where it reports none). */
    private static void check(JsonNode season, JsonNode ranking) {
        JsonNode expected = season.path("expectedTop");
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).isNull()) {
                continue;
            }
            String actual = ranking.path("entries").path(i).path("unitCode").asText();
            if (!expected.get(i).asText().equals(actual)) {
                throw new DemoLoadException("The demo ranking of " + season.path("clusterCode").asText() + "/"
                        + season.path("year").asInt() + " puts " + actual + " at place " + (i + 1) + ", not "
                        + expected.get(i).asText() + ": " + ranking, 0);
            }
        }
    }

    /** Retries while scoring-service has not received the roster from cluster-service's events yet. */
    private static HttpResponse<String> untilRosterArrives(DemoApi api, String method, String path, JsonNode body,
            String token) {
        long deadline = System.nanoTime() + ROSTER_WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = api.send(method, path, body, token);
            if (response.statusCode() != 422 || !ROSTER_NOT_YET.contains(rule(response))
                    || System.nanoTime() > deadline) {
                return response;
            }
            DemoApi.sleep(Duration.ofMillis(500));
        }
    }
}
