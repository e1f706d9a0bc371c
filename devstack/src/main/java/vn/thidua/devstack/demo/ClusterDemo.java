package vn.thidua.devstack.demo;

import static vn.thidua.devstack.demo.DemoApi.encode;
import static vn.thidua.devstack.demo.DemoApi.failure;
import static vn.thidua.devstack.demo.DemoApi.parse;
import static vn.thidua.devstack.demo.DemoApi.pick;
import static vn.thidua.devstack.demo.DemoApi.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * cluster-service's demo data ({@value #RESOURCE}): units, the 2025-07-01 mergers, the three clusters of the seed
 * articles, their rosters and leadership per year. A unit, cluster or merger already there (409 naming
 * {@code DUPLICATE_UNIT_CODE}, {@code DUPLICATE_CLUSTER_CODE}, or {@code UNIT_ALREADY_ENDED} with the same successor)
 * counts as present; a roster already the same is not sent again; a leadership is only sent when the current one
 * differs from the data (a vice-chair set since, e.g. by a conference resolution, is left in place when the data names
 * none).
 */
public final class ClusterDemo implements DemoStep {

    public static final String RESOURCE = "/demo/cluster-demo.json";

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public void load(JsonNode data, DemoApi api) {
        for (JsonNode unit : data.path("units")) {
            createUnit(unit, api);
        }
        for (JsonNode merger : data.path("mergers")) {
            merge(merger, api);
        }
        for (JsonNode cluster : data.path("clusters")) {
            createCluster(cluster, api);
        }
        for (JsonNode year : data.path("clusterYears")) {
            roster(year, api);
            if (year.hasNonNull("leadership")) {
                leadership(year, year.get("leadership"), api);
            }
        }
    }

    private static void createUnit(JsonNode unit, DemoApi api) {
        ObjectNode body = pick(unit, "code", "name", "kind", "validFrom", "validTo");
        api.createOrFind("/api/v1/units", body, "DUPLICATE_UNIT_CODE", "unit " + unit.path("code").asText());
    }

    private static void createCluster(JsonNode cluster, DemoApi api) {
        ObjectNode body = pick(cluster, "code", "name", "nameEn", "kind", "organizerLevel");
        api.createOrFind("/api/v1/clusters", body, "DUPLICATE_CLUSTER_CODE",
                "cluster " + cluster.path("code").asText());
    }

    private static void merge(JsonNode merger, DemoApi api) {
        ObjectNode body = pick(merger, "effectiveDate", "successorCode", "sourceCodes");
        String successor = merger.path("successorCode").asText();
        String what = "merger of " + merger.path("sourceCodes") + " into " + successor;
        HttpResponse<String> response = api.send("POST", "/api/v1/unit-mergers", body);
        if (response.statusCode() == 201) {
            api.created("recorded " + what);
            return;
        }
        if (response.statusCode() == 409 && "UNIT_ALREADY_ENDED".equals(rule(response))) {
            // present only if every source already points at this successor, ending the day before
            String lastDay = java.time.LocalDate.parse(merger.path("effectiveDate").asText()).minusDays(1).toString();
            for (JsonNode source : merger.path("sourceCodes")) {
                JsonNode unit = api.getJson("/api/v1/units/" + encode(source.asText()));
                if (!successor.equals(unit.path("successorCode").asText(null))
                        || !lastDay.equals(unit.path("validTo").asText(null))) {
                    throw new DemoLoadException(what + ": unit " + source.asText() + " already ended otherwise ("
                            + unit + ")", 409);
                }
            }
            api.present();
            return;
        }
        throw failure("POST /api/v1/unit-mergers (" + what + ")", response);
    }

    private static void roster(JsonNode year, DemoApi api) {
        String path = yearPath(year);
        Set<String> wanted = texts(year.path("unitCodes"));
        HttpResponse<String> current = api.send("GET", path, null);
        if (current.statusCode() == 200) {
            JsonNode view = parse(current);
            Set<String> members = new HashSet<>();
            view.path("members").forEach(m -> members.add(m.path("unitCode").asText()));
            if (members.equals(wanted)) {
                api.present();
                return;
            }
        } else if (current.statusCode() != 404) {
            throw failure("GET " + path, current);
        }
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.set("unitCodes", year.path("unitCodes"));
        HttpResponse<String> response = api.send("PUT", path + "/members", body);
        if (response.statusCode() != 200) {
            throw failure("PUT " + path + "/members", response);
        }
        api.created("set roster of " + year.path("clusterCode").asText() + "/" + year.path("year").asInt() + ": "
                + wanted);
    }

    private static void leadership(JsonNode year, JsonNode leadership, DemoApi api) {
        String path = yearPath(year);
        String chair = leadership.path("chairUnitCode").asText(null);
        String vice = leadership.path("viceChairUnitCode").asText(null);
        JsonNode view = api.getJson(path);
        String currentChair = view.path("chairUnitCode").asText(null);
        String currentVice = view.path("viceChairUnitCode").asText(null);
        if (Objects.equals(chair, currentChair) && (vice == null || vice.equals(currentVice))) {
            api.present();
            return;
        }
        ObjectNode body = pick(leadership, "chairUnitCode", "viceChairUnitCode");
        HttpResponse<String> response = api.send("PUT", path + "/leadership", body);
        if (response.statusCode() != 200) {
            throw failure("PUT " + path + "/leadership", response);
        }
        api.created("set leadership of " + year.path("clusterCode").asText() + "/" + year.path("year").asInt()
                + ": chair " + chair + (vice == null ? "" : ", vice-chair " + vice));
    }

    private static String yearPath(JsonNode year) {
        return "/api/v1/clusters/" + encode(year.path("clusterCode").asText()) + "/years/" + year.path("year").asInt();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
