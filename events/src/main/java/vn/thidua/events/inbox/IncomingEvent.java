package vn.thidua.events.inbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.events.CloudEventHeaders;

/**
 * A CloudEvent read from Kafka, in binary mode ({@code ce_} headers, the value is the data) or structured mode
 * ({@code content-type: application/cloudevents+json}, the value is the whole event).
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String dataSchema, String requestId, String topic, JsonNode data) {

    public static IncomingEvent from(ConsumerRecord<String, byte[]> record, ObjectMapper mapper) {
        String contentType = header(record, CloudEventHeaders.CONTENT_TYPE);
        try {
            if (contentType != null && contentType.startsWith(CloudEventHeaders.STRUCTURED_JSON)) {
                JsonNode event = mapper.readTree(value(record));
                return new IncomingEvent(
                        required(text(event, "id"), "id"),
                        required(text(event, "type"), "type"),
                        text(event, "source"),
                        text(event, "subject"),
                        time(text(event, "time")),
                        text(event, "dataschema"),
                        text(event, "requestid"),
                        record.topic(),
                        event.path("data"));
            }
            return new IncomingEvent(
                    required(header(record, CloudEventHeaders.ID), CloudEventHeaders.ID),
                    required(header(record, CloudEventHeaders.TYPE), CloudEventHeaders.TYPE),
                    header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT),
                    time(header(record, CloudEventHeaders.TIME)),
                    header(record, CloudEventHeaders.DATA_SCHEMA),
                    header(record, CloudEventHeaders.REQUEST_ID),
                    record.topic(),
                    mapper.readTree(value(record)));
        } catch (java.io.IOException | DateTimeParseException e) {
            throw new MalformedEventException("Unreadable event at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + e.getMessage(), e);
        }
    }

    /** The data as the payload record of this event's type. */
    public <T> T payload(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, type);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new MalformedEventException("Event " + id + " does not fit " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static byte[] value(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("Event at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no value", null);
        }
        return record.value();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Event without " + name, null);
        }
        return value;
    }

    private static OffsetDateTime time(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
