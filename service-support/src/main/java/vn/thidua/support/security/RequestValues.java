package vn.thidua.support.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

/**
 * Resolves templates such as {@code "{code}/{year}"} or {@code "{body.unitCode}"} against the arguments of an
 * intercepted resource method: a name is a {@code @PathParam}, {@code body.x} the component (or getter) {@code x} of
 * the request entity. Shared by {@link ActsFor} and {@code @Audited}, so both read a request the same way.
 */
public final class RequestValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String BODY = "body.";
    /** The JDK parses a method's parameter annotations anew at every call: once per audited write was 1.4% of its CPU. */
    private static final ConcurrentHashMap<Method, Annotation[][]> PARAMETER_ANNOTATIONS = new ConcurrentHashMap<>();

    private RequestValues() {
    }

    /** The template with every placeholder replaced; null if one of them has no value. */
    public static String resolve(String template, InvocationContext context) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = valueOf(matcher.group(1), context);
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Object valueOf(String name, InvocationContext context) {
        Method method = context.getMethod();
        Annotation[][] annotations = PARAMETER_ANNOTATIONS.computeIfAbsent(method, Method::getParameterAnnotations);
        Object[] args = context.getParameters();
        for (int i = 0; i < args.length; i++) {
            if (name.startsWith(BODY)) {
                if (isEntity(annotations[i]) && args[i] != null) {
                    return property(args[i], name.substring(BODY.length()));
                }
            } else {
                for (Annotation annotation : annotations[i]) {
                    if (annotation instanceof PathParam path && path.value().equals(name)) {
                        return args[i];
                    }
                }
            }
        }
        throw new IllegalStateException("No " + name + " on " + method);
    }

    private static boolean isEntity(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == QueryParam.class || type == HeaderParam.class
                    || type == Context.class || type == BeanParam.class || type == FormParam.class
                    || type == CookieParam.class || type == MatrixParam.class
                    || type.getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                return false;
            }
        }
        return true;
    }

    private static Object property(Object entity, String name) {
        try {
            if (entity.getClass().isRecord()) {
                for (RecordComponent component : entity.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        return component.getAccessor().invoke(entity);
                    }
                }
            }
            return entity.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                    .invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No property " + name + " on " + entity.getClass(), e);
        }
    }
}
