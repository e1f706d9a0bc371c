package vn.thidua.conference;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Lists stored as JSON text and always read and written whole (persons of a conference, attendance, string lists).
 * A private mapper: what is stored does not depend on the HTTP edge's Jackson settings.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonColumns() {
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable: " + value, e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored JSON", e);
        }
    }

    @Converter
    public static class Persons implements AttributeConverter<List<Person>, String> {
        @Override
        public String convertToDatabaseColumn(List<Person> value) {
            return write(value == null ? List.of() : value);
        }

        @Override
        public List<Person> convertToEntityAttribute(String json) {
            List<Person> persons = read(json, new TypeReference<List<Person>>() { });
            return persons == null ? List.of() : persons;
        }
    }

    @Converter
    public static class Attendees implements AttributeConverter<List<Attendee>, String> {
        @Override
        public String convertToDatabaseColumn(List<Attendee> value) {
            return write(value);
        }

        @Override
        public List<Attendee> convertToEntityAttribute(String json) {
            return read(json, new TypeReference<List<Attendee>>() { });
        }
    }

    @Converter
    public static class Strings implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return value == null || value.isEmpty() ? null : write(value);
        }

        @Override
        public List<String> convertToEntityAttribute(String json) {
            List<String> values = read(json, new TypeReference<List<String>>() { });
            return values == null ? List.of() : values;
        }
    }
}
