package vn.thidua.support.web;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that cannot be read as its type. A {@code WebApplicationException}, so that the
 * REST layer passes it on as is instead of turning it into a 404.
 */
public class InvalidParameter extends BadRequestException {

    private final String parameter;
    private final String expected;

    public InvalidParameter(String parameter, String value, String expected) {
        super("Invalid value '" + abbreviate(value) + "' for parameter " + parameter + ": must be " + expected);
        this.parameter = parameter;
        this.expected = expected;
    }

    public String parameter() {
        return parameter;
    }

    /** What the parameter accepts, e.g. "one of [CLUSTER, BLOC]" or "an ISO date (2025-01-31)". */
    public String expected() {
        return expected;
    }

    private static String abbreviate(String value) {
        String printable = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
