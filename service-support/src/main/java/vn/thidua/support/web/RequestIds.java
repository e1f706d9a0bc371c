package vn.thidua.support.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id of the request being handled: taken from {@code X-Request-Id} (the gateway sets it) or made up,
 * kept in the logging MDC under {@code requestId} for the whole request, answered in the response and in problems.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** What a client may send: anything else (control characters, 10 kB of text) is replaced by a fresh id. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestIds() {
    }

    /** The id to use for a request that sent {@code header}. */
    static String accept(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The id of the request being handled, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
