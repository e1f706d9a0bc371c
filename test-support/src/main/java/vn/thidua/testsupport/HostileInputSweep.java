package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the service's own OpenAPI document ({@code /q/openapi}) with hostile input — malformed
 * JSON, wrong types, NUL bytes, 100 000-character strings, huge numbers, NFD text, SQL and HTML metacharacters, in
 * each body field, path and query parameter — and fails on any 5xx, and on any refused request (4xx) that changed a
 * table. Run it from a {@code @QuarkusTest} of each service, so every endpoint added later meets it:
 *
 * <pre>
 * HostileInputSweep.forThisService().run();
 * </pre>
 *
 * Bounded: one field mutated at a time, at most {@link #MAX_REQUESTS} requests.
 */
public final class HostileInputSweep {

    public static final int MAX_REQUESTS = 3000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Tables that Kafka consumers and the outbox relay change on their own while the sweep runs. */
    private static final Set<String> MOVING_TABLES = Set.of("flyway_schema_history", "processed_event",
            "http_idempotency");
    /** The relay marks outbox rows sent: only their number tells whether a refused write added an event. */
    private static final Set<String> COUNT_ONLY = Set.of("outbox_event");

    private static final List<String> HOSTILE_STRINGS = List.of(
            "a\u0000b",
            "line\u0007bell",
            "x".repeat(100_000),
            Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD),
            "'; drop table unit; --",
            "<script>alert(1)</script>&amp;\"",
            "%00%27",
            "");
    private static final List<String> HOSTILE_PARAMETERS = List.of(
            "a\u0000b", "x".repeat(3000), "99999999999999999999", "-1", "1e400",
            Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD), "' or 1=1 --", "<b>x</b>", "NOPE");
    private static final List<String> HOSTILE_BODIES = List.of("{\"a\":", "[", "null", "\"text\"", "[1,2,3]",
            "{\"x\": \"\u0000\"}", "{}");

    private final List<String> ignoredTables = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private String lastFingerprint;

    private HostileInputSweep() {
    }

    public static HostileInputSweep forThisService() {
        return new HostileInputSweep();
    }

    /** Tables this service's consumers write while tests run (its read models), left out of the no-change check. */
    public HostileInputSweep ignoringTables(String... tables) {
        ignoredTables.addAll(List.of(tables));
        return this;
    }

    /** Runs the sweep; throws an AssertionError listing every failure. Answers the number of requests sent. */
    public int run() throws Exception {
        // A caller holding every role, so hostile input reaches validation and the handlers instead of stopping
        // at 401/403 (a sweep that only meets the security check proves nothing about the input handling).
        TestTokens.actAs(TestTokens.token().role("central-board").role("cluster-secretariat").role("member-unit")
                .claim("cluster", "SWEEP").claim("unit", "SWEEP").sign());
        JsonNode openApi = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        try (Connection db = PostgresTestResource.connect("postgres")) {
            Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
            while (paths.hasNext() && requests < MAX_REQUESTS) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
                while (operations.hasNext()) {
                    Map.Entry<String, JsonNode> operation = operations.next();
                    String method = operation.getKey().toUpperCase();
                    if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        sweep(db, openApi, path.getKey(), method, operation.getValue());
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " hostile requests misbehaved:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(30, failures.size()))));
        }
        return requests;
    }

    private void sweep(Connection db, JsonNode openApi, String template, String method, JsonNode operation)
            throws SQLException {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> benignPath = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                benignPath.put(parameter.path("name").asText(), benign(resolve(openApi, parameter.path("schema")))
                        .asText());
            }
        }
        JsonNode bodySchema = resolve(openApi,
                operation.path("requestBody").path("content").path("application/json").path("schema"));
        ObjectNode benignBody = bodySchema.isMissingNode() ? null : (ObjectNode) benignObject(openApi, bodySchema);

        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            for (String value : HOSTILE_PARAMETERS) {
                Map<String, String> pathValues = new LinkedHashMap<>(benignPath);
                Map<String, String> query = new LinkedHashMap<>();
                if (in.equals("path")) {
                    pathValues.put(name, value);
                } else {
                    query.put(name, value);
                }
                send(db, method, template, pathValues, query, benignBody == null ? null : benignBody.toString(),
                        in + " " + name + "=" + shorten(value));
            }
        }
        if (benignBody == null) {
            return;
        }
        for (String body : HOSTILE_BODIES) {
            send(db, method, template, benignPath, Map.of(), body, "body " + body);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties(openApi, bodySchema).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (JsonNode hostile : hostileValues()) {
                ObjectNode body = benignBody.deepCopy();
                body.set(field.getKey(), hostile);
                send(db, method, template, benignPath, Map.of(), body.toString(),
                        "field " + field.getKey() + "=" + shorten(hostile.toString()));
            }
        }
    }

    private static List<JsonNode> hostileValues() {
        List<JsonNode> values = new ArrayList<>();
        HOSTILE_STRINGS.forEach(s -> values.add(NODES.textNode(s)));
        values.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
        values.add(NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
        values.add(NODES.numberNode(-1));
        values.add(NODES.booleanNode(true));
        values.add(NODES.objectNode().put("nested", "\u0000"));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 5_000; i++) {
            many.add("x" + i);
        }
        values.add(many);
        values.add(NODES.arrayNode().add("a\u0000b").add(NODES.nullNode()));
        return values;
    }

    private void send(Connection db, String method, String template, Map<String, String> pathValues,
            Map<String, String> query, String body, String what) throws SQLException {
        if (requests++ >= MAX_REQUESTS) {
            return;
        }
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}",
                    URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        RequestSpecification request = given().urlEncodingEnabled(false);
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            request.queryParam(parameter.getKey(),
                    URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        // reads cannot change data; writes compare the data after them with the data after the previous write
        boolean write = !method.equals("GET");
        if (write && lastFingerprint == null) {
            lastFingerprint = fingerprint(db);
        }
        Response response = request.request(method, path);
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(method + " " + template + " with " + what + " answered " + status + ": "
                    + shorten(response.asString()));
        }
        if (status == 401) {
            failures.add(method + " " + template + " with " + what + " refused the sweep's valid token: "
                    + "the input never reached the service");
        }
        if (write) {
            String after = fingerprint(db);
            if (status >= 400 && !after.equals(lastFingerprint)) {
                failures.add(method + " " + template + " with " + what + " answered " + status + " but changed data");
            }
            lastFingerprint = after;
        }
    }

    /** Row count and content hash of every table the HTTP API may change. */
    private String fingerprint(Connection db) throws SQLException {
        StringBuilder result = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!MOVING_TABLES.contains(table) && !table.startsWith("roster") && !ignoredTables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        for (String table : tables) {
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery(COUNT_ONLY.contains(table)
                            ? "select count(*), '' from \"" + table + "\""
                            : "select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \""
                                    + table + "\" t")) {
                rows.next();
                result.append(table).append(':').append(rows.getLong(1)).append(':').append(rows.getString(2))
                        .append(';');
            }
        }
        return result.toString();
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = openApi.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(openApi, current.get("allOf").get(0));
        }
        return current;
    }

    private static JsonNode properties(JsonNode openApi, JsonNode schema) {
        return resolve(openApi, schema).path("properties");
    }

    /** A plausible value for a schema: what a well-behaved client would send, so hostile fields reach the checks. */
    private static JsonNode benignObject(JsonNode openApi, JsonNode schema) {
        JsonNode resolved = resolve(openApi, schema);
        if (!"object".equals(typeOf(resolved)) && !resolved.has("properties")) {
            return NODES.objectNode();
        }
        ObjectNode object = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldSchema = resolve(openApi, field.getValue());
            object.set(field.getKey(), "object".equals(typeOf(fieldSchema)) ? benignObject(openApi, fieldSchema)
                    : benign(fieldSchema));
        }
        return object;
    }

    private static JsonNode benign(JsonNode schema) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText("");
        return switch (typeOf(schema)) {
            case "integer" -> NODES.numberNode(2025);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            default -> NODES.textNode(format.equals("date") ? "2025-03-22" : format.equals("date-time")
                    ? "2025-03-22T08:00:00Z" : "HOSTILE1");
        };
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText("string");
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…(" + text.length() + ")" : printable;
    }
}
