package vn.thidua.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3 document of the suite's public topics, built from the events module's JSON Schemas (copied into
 * {@code META-INF/asyncapi/<topic>/} at build time): one message per schema, its CloudEvents Kafka headers (binary
 * mode), its key and its payload schema with the {@code $id} that each record's {@code ce_dataschema} names. Another
 * agency can write a consumer from this document alone.
 */
public final class AsyncApiDocument {

    static final String NOMINATION_TOPIC = "thidua.nomination.v1";
    private static final String URN_PREFIX = "urn:vn.thidua:event-schema:";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Public topics: channel id, address, what it carries, what its record key is. */
    private record Topic(String channel, String address, String description, String key) {
    }

    private static final List<Topic> PUBLIC = List.of(new Topic("nominations", NOMINATION_TOPIC,
            "Each step of a nomination for an award (proposed, contested, acclaimed, not acclaimed, submitted, "
                    + "returned, appraised, decided, revoked): the nomination's state after the step. Published by "
                    + "nomination-service through a transactional outbox; at least once, in order per nomination.",
            "the nomination id (nominationId of the payload): all events of one nomination share a partition and "
                    + "stay in order"));

    private AsyncApiDocument() {
    }

    public static ObjectNode build(String kafkaHost) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "thidua public events");
        info.put("version", "1.0.0");
        info.put("description", "Public Kafka topics of thidua (Thi đua, khen thưởng). Every record is a CloudEvent "
                + "1.0 in Kafka binary mode: attributes in ce_* headers, the JSON payload as the value. A v1 type "
                + "only gains optional fields: ignore fields you do not know. Redeliveries are possible: deduplicate "
                + "on ce_id.");
        doc.put("defaultContentType", "application/json");
        ObjectNode server = doc.putObject("servers").putObject("kafka");
        server.put("host", kafkaHost);
        server.put("protocol", "kafka");
        server.put("description", "The suite's Kafka cluster");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        for (Topic topic : PUBLIC) {
            ObjectNode channel = channels.putObject(topic.channel());
            channel.put("address", topic.address());
            channel.put("description", topic.description());
            ObjectNode channelMessages = channel.putObject("messages");
            channel.putObject("bindings").putObject("kafka").put("topic", topic.address())
                    .put("bindingVersion", "0.5.0");
            ObjectNode operation = operations.putObject("receive-" + topic.channel());
            operation.put("action", "receive");
            operation.put("summary", "Consume " + topic.address());
            operation.putObject("channel").put("$ref", "#/channels/" + topic.channel());
            ArrayNode operationMessages = operation.putArray("messages");
            for (Map.Entry<String, JsonNode> schema : schemasOf(topic.address())) {
                String name = schema.getKey();
                JsonNode payload = schema.getValue();
                String id = payload.path("$id").asText();
                String type = id.startsWith(URN_PREFIX) ? id.substring(URN_PREFIX.length()) : id;
                schemas.set(name, payload);
                ObjectNode message = messages.putObject(name);
                message.put("name", type);
                message.put("title", payload.path("title").asText(name));
                message.put("summary", "CloudEvents type " + type);
                message.put("contentType", "application/json");
                message.set("headers", headers(type, id));
                ObjectNode payloadRef = message.putObject("payload");
                payloadRef.put("schemaFormat", "application/schema+json;version=draft-2020-12");
                payloadRef.putObject("schema").put("$ref", "#/components/schemas/" + name);
                ObjectNode key = message.putObject("bindings").putObject("kafka");
                key.putObject("key").put("type", "string").put("description", "Record key: " + topic.key());
                key.put("bindingVersion", "0.5.0");
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + topic.channel() + "/messages/" + name);
            }
        }
        return doc;
    }

    /** The Kafka headers of a binary-mode CloudEvent of this type. */
    private static ObjectNode headers(String type, String schemaId) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.putArray("required").add("ce_specversion").add("ce_id").add("ce_source").add("ce_type")
                .add("ce_subject").add("ce_time").add("ce_dataschema").add("content-type");
        ObjectNode p = headers.putObject("properties");
        p.putObject("ce_specversion").put("const", "1.0");
        p.putObject("ce_id").put("type", "string").put("description", "Unique per event: deduplicate on it");
        p.putObject("ce_source").put("type", "string").put("description", "The producing service, e.g. "
                + "/thidua/nomination-service");
        p.putObject("ce_type").put("const", type);
        p.putObject("ce_subject").put("type", "string").put("description", "The aggregate: the record key");
        p.putObject("ce_time").put("type", "string").put("format", "date-time");
        p.putObject("ce_dataschema").put("const", schemaId).put("description", "$id of the payload's JSON Schema");
        p.putObject("ce_requestid").put("type", "string").put("description", "Request id of the API call that "
                + "caused the event (CloudEvents extension attribute), when there was one");
        p.putObject("content-type").put("const", "application/json");
        return headers;
    }

    /** The schema files of a topic, by message name (file name without {@code .schema.json}), sorted. */
    static List<Map.Entry<String, JsonNode>> schemasOf(String topic) {
        String folder = "META-INF/asyncapi/" + topic;
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException(folder + " is not on the classpath (copied by the gateway's build)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(folder));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read " + folder, e);
        }
    }

    private static List<Map.Entry<String, JsonNode>> read(Path folder) throws IOException {
        List<Map.Entry<String, JsonNode>> schemas = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted()
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    String name = file.getFileName().toString().replace(".schema.json", "");
                    schemas.add(Map.entry(name, JSON.readTree(in)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return schemas;
    }
}
