package vn.thidua.cluster.rest.dto;

/** Shape of the natural keys clients use (unit and cluster codes). */
public final class Codes {

    /** Letters, digits, '.', '_' or '-', starting with a letter or digit; at most 64 characters. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Codes() {
    }
}
