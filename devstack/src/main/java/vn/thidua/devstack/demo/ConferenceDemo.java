package vn.thidua.devstack.demo;

import static vn.thidua.devstack.demo.DemoApi.encode;
import static vn.thidua.devstack.demo.DemoApi.failure;
import static vn.thidua.devstack.demo.DemoApi.parse;
import static vn.thidua.devstack.demo.DemoApi.pick;
import static vn.thidua.devstack.demo.DemoApi.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * event-service's demo data ({@value #RESOURCE}): the conferences of the seed articles, loaded as the cluster's
 * secretariat (and the pledges as each member unit), so that the elections reach cluster-service through Kafka and
 * set the leadership of the following years as in real use. A conference is recognised by cluster, season, kind and
 * start time; papers by unit and title; resolutions by kind and their main fields; a signature already there
 * ({@code ALREADY_SIGNED}) counts as present. Elections are waited for (APPLIED, with a deadline) before the
 * conference is closed: a REJECTED election fails the load.
 */
public final class ConferenceDemo implements DemoStep {

    public static final String RESOURCE = "/demo/conference-demo.json";
    private static final String SECRETARIAT = "cluster-secretariat";
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(60);
    private static final Duration ROSTER_WAIT = Duration.ofSeconds(60);

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public void load(JsonNode data, DemoApi api) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode conference : data.path("conferences")) {
            String id = conference(conference, api);
            ids.put(conference.path("clusterCode").asText() + "/" + conference.path("seasonYear").asInt() + "/"
                    + conference.path("kind").asText(), id);
        }
        for (JsonNode pledge : data.path("pledges")) {
            pledge(pledge, ids.get(pledge.path("atConference").asText()), api);
        }
    }

    private static String conference(JsonNode data, DemoApi api) {
        String cluster = data.path("clusterCode").asText();
        int season = data.path("seasonYear").asInt();
        awaitRoster(cluster, season, api);
        JsonNode conference = findOrSchedule(data, data.path("kind").asText(), data.path("startsAt").asText(),
                data.path("location").asText(null), null, api);
        String id = conference.path("id").asText();
        if (data.has("preparatorySession")) {
            JsonNode prep = data.get("preparatorySession");
            JsonNode session = findOrSchedule(data, "PREPARATORY_SESSION", prep.path("startsAt").asText(),
                    prep.path("location").asText(null), id, api);
            advance(session, "CLOSED", api);
        }
        if ("SCHEDULED".equals(conference.path("status").asText())) {
            conference = status(conference, "HELD", api);
        }
        if (data.has("attendance")) {
            conference = attendance(conference, data.get("attendance"), api);
        }
        for (JsonNode paper : data.path("papers")) {
            conference = paper(conference, paper, api);
        }
        for (JsonNode resolution : data.path("resolutions")) {
            conference = resolution(conference, resolution, api);
        }
        conference = awaitElections(conference, api);
        advance(conference, data.path("status").asText("CLOSED"), api);
        return id;
    }

    /** event-service must know the season's roster (from cluster-service's events) before a host is checked. */
    private static void awaitRoster(String cluster, int year, DemoApi api) {
        String path = "/api/v1/pledges/" + encode(cluster) + "/" + year;
        long deadline = System.nanoTime() + ROSTER_WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = api.send("GET", path, null);
            if (response.statusCode() == 200) {
                return;
            }
            if (response.statusCode() != 404 || System.nanoTime() > deadline) {
                throw failure("GET " + path + " (event-service's roster of " + cluster + "/" + year + ")", response);
            }
            DemoApi.sleep(Duration.ofMillis(250));
        }
    }

    private static JsonNode findOrSchedule(JsonNode data, String kind, String startsAt, String location,
            String annualReviewId, DemoApi api) {
        String cluster = data.path("clusterCode").asText();
        int season = data.path("seasonYear").asInt();
        JsonNode page = api.getJson("/api/v1/conferences?clusterCode=" + encode(cluster) + "&year=" + season
                + "&kind=" + kind + "&size=200");
        OffsetDateTime start = OffsetDateTime.parse(startsAt);
        for (JsonNode item : page.path("items")) {
            if (OffsetDateTime.parse(item.path("startsAt").asText()).isEqual(start)) {
                api.present();
                return item;
            }
        }
        ObjectNode body = pick(data, "clusterCode", "seasonYear", "hostUnitCode", "presiding", "guests");
        body.put("kind", kind);
        body.put("startsAt", startsAt);
        if (location != null) {
            body.put("location", location);
        }
        if (annualReviewId != null) {
            body.put("annualReviewId", annualReviewId);
        }
        HttpResponse<String> response = api.sendAs(SECRETARIAT, null, cluster, "POST", "/api/v1/conferences", body);
        if (response.statusCode() != 201) {
            throw failure("POST /api/v1/conferences (" + kind + " " + cluster + "/" + season + ")", response);
        }
        api.created("scheduled " + kind + " of " + cluster + "/" + season + " on " + startsAt);
        return parse(response);
    }

    /** Moves a conference on to {@code target} (SCHEDULED → HELD → CLOSED), or counts it present when there. */
    private static JsonNode advance(JsonNode conference, String target, DemoApi api) {
        List<String> order = List.of("SCHEDULED", "HELD", "CLOSED");
        String current = conference.path("status").asText();
        if (current.equals(target)) {
            api.present();
            return conference;
        }
        for (int i = order.indexOf(current) + 1; i >= 1 && i <= order.indexOf(target); i++) {
            conference = status(conference, order.get(i), api);
        }
        return conference;
    }

    private static JsonNode status(JsonNode conference, String status, DemoApi api) {
        ObjectNode body = DemoApi.JSON.createObjectNode().put("status", status);
        String path = "/api/v1/conferences/" + conference.path("id").asText() + "/status";
        HttpResponse<String> response = api.sendAs(SECRETARIAT, null, conference.path("clusterCode").asText(),
                "POST", path, body);
        if (response.statusCode() != 200) {
            throw failure("POST " + path + " " + status, response);
        }
        api.created("conference " + conference.path("id").asText() + " " + status);
        return parse(response);
    }

    private static JsonNode attendance(JsonNode conference, JsonNode units, DemoApi api) {
        List<String> wanted = new ArrayList<>();
        units.forEach(u -> wanted.add(u.path("unitCode").asText()));
        List<String> current = new ArrayList<>();
        conference.path("attendance").forEach(u -> current.add(u.path("unitCode").asText()));
        if (current.equals(wanted)) {
            api.present();
            return conference;
        }
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.set("units", units);
        String path = "/api/v1/conferences/" + conference.path("id").asText() + "/attendance";
        HttpResponse<String> response = api.sendAs(SECRETARIAT, null, conference.path("clusterCode").asText(),
                "PUT", path, body);
        if (response.statusCode() != 200) {
            throw failure("PUT " + path, response);
        }
        api.created("attendance of conference " + conference.path("id").asText() + ": " + wanted);
        return parse(response);
    }

    private static JsonNode paper(JsonNode conference, JsonNode paper, DemoApi api) {
        for (JsonNode existing : conference.path("papers")) {
            if (existing.path("unitCode").asText().equals(paper.path("unitCode").asText())
                    && existing.path("title").asText().equals(paper.path("title").asText())) {
                api.present();
                return conference;
            }
        }
        String path = "/api/v1/conferences/" + conference.path("id").asText() + "/papers";
        HttpResponse<String> response = api.sendAs(SECRETARIAT, null, conference.path("clusterCode").asText(),
                "POST", path, pick(paper, "unitCode", "title", "presenter"));
        if (response.statusCode() != 201) {
            throw failure("POST " + path, response);
        }
        api.created("paper of " + paper.path("unitCode").asText() + " at " + conference.path("id").asText());
        return parse(response);
    }

    private static final String[] RESOLUTION_FIELDS = {"kind", "forYear", "chairUnitCode", "viceChairUnitCode",
        "fromUnitCode", "toUnitCode", "amountVnd", "purpose", "beneficiaries", "collectivesCount",
        "individualsCount", "nominationIds", "note"};

    private static JsonNode resolution(JsonNode conference, JsonNode resolution, DemoApi api) {
        for (JsonNode existing : conference.path("resolutions")) {
            if (same(existing, resolution)) {
                api.present();
                return conference;
            }
        }
        String path = "/api/v1/conferences/" + conference.path("id").asText() + "/resolutions";
        HttpResponse<String> response = api.sendAs(SECRETARIAT, null, conference.path("clusterCode").asText(),
                "POST", path, pick(resolution, RESOLUTION_FIELDS));
        if (response.statusCode() != 201) {
            throw failure("POST " + path + " " + resolution.path("kind").asText(), response);
        }
        api.created(resolution.path("kind").asText() + " at " + conference.path("clusterCode").asText()
                + " conference " + conference.path("id").asText());
        return parse(response);
    }

    private static boolean same(JsonNode existing, JsonNode wanted) {
        for (String field : List.of("kind", "forYear", "chairUnitCode", "viceChairUnitCode", "fromUnitCode",
                "toUnitCode", "amountVnd", "collectivesCount", "individualsCount")) {
            if (!Objects.equals(existing.path(field).asText(null), wanted.path(field).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** Waits until cluster-service reported every election of the conference; a rejected one fails the load. */
    private static JsonNode awaitElections(JsonNode conference, DemoApi api) {
        String path = "/api/v1/conferences/" + conference.path("id").asText();
        long deadline = System.nanoTime() + OUTCOME_WAIT.toNanos();
        while (true) {
            boolean pending = false;
            for (JsonNode r : conference.path("resolutions")) {
                String outcome = r.path("outcome").asText("");
                if ("REJECTED".equals(outcome)) {
                    throw new DemoLoadException("election " + r.path("id").asText() + " of " + path
                            + " was rejected by cluster-service: " + r.path("outcomeRule").asText() + " "
                            + r.path("outcomeReason").asText(), 422);
                }
                pending |= "PENDING".equals(outcome);
            }
            if (!pending) {
                return conference;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoLoadException("elections of " + path + " still PENDING after " + OUTCOME_WAIT, 0);
            }
            DemoApi.sleep(Duration.ofMillis(250));
            conference = api.getJson(path);
        }
    }

    private static void pledge(JsonNode pledge, String conferenceId, DemoApi api) {
        String cluster = pledge.path("clusterCode").asText();
        int year = pledge.path("year").asInt();
        awaitRoster(cluster, year, api);
        String path = "/api/v1/pledges/" + encode(cluster) + "/" + year + "/signatures";
        for (JsonNode signature : pledge.path("signatures")) {
            String unit = signature.path("unitCode").asText();
            ObjectNode body = pick(signature, "unitCode", "signedOn");
            if (!signature.path("later").asBoolean(false) && conferenceId != null) {
                body.put("conferenceId", conferenceId);
            }
            HttpResponse<String> response = api.sendAs("member-unit", unit, null, "POST", path, body);
            if (response.statusCode() == 201) {
                api.created("pledge " + cluster + "/" + year + " signed by " + unit);
            } else if (response.statusCode() == 409 && "ALREADY_SIGNED".equals(rule(response))) {
                api.present();
            } else {
                throw failure("POST " + path + " (" + unit + ")", response);
            }
        }
    }
}
