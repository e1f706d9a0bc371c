package vn.thidua.support.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * One way to read typed parameters: enums, dates, whole numbers and {@code If-Match}. A value that does not fit is a
 * 400 {@code invalid-parameter} naming the parameter and what it accepts (the REST layer's own conversion answers
 * 404 for a bad query value).
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<LocalDate>(name, "an ISO date, e.g. 2025-01-31") {
                @Override
                LocalDate parse(String value) {
                    return LocalDate.parse(value);
                }
            };
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<Integer>(name, "a whole number") {
                @Override
                Integer parse(String value) {
                    return Integer.valueOf(value.trim());
                }
            };
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Converter<Long>(name, "a whole number") {
                @Override
                Long parse(String value) {
                    return Long.valueOf(value.trim());
                }
            };
        }
        if (rawType == ExpectedRevision.class) {
            return (ParamConverter<T>) new Converter<ExpectedRevision>(name, "an ETag of this resource") {
                @Override
                ExpectedRevision parse(String value) {
                    return ExpectedRevision.parse(value);
                }
            };
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam q) {
                    return q.value();
                }
                if (annotation instanceof PathParam p) {
                    return p.value();
                }
                if (annotation instanceof HeaderParam h) {
                    return h.value();
                }
                if (annotation instanceof CookieParam c) {
                    return c.value();
                }
                if (annotation instanceof org.jboss.resteasy.reactive.RestQuery
                        || annotation instanceof org.jboss.resteasy.reactive.RestPath) {
                    return "parameter";
                }
            }
        }
        return "parameter";
    }

    private abstract static class Converter<T> implements ParamConverter<T> {

        private final String name;
        private final String expected;

        Converter(String name, String expected) {
            this.name = name;
            this.expected = expected;
        }

        abstract T parse(String value);

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameter(name, value, expected);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private static final class EnumConverter<E extends Enum<E>> extends Converter<E> {

        private final Class<E> type;

        EnumConverter(Class<E> type, String name) {
            super(name, "one of " + Arrays.toString(type.getEnumConstants()));
            this.type = type;
        }

        @Override
        E parse(String value) {
            return Enum.valueOf(type, value);
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
