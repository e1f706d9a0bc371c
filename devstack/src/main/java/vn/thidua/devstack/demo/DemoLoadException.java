package vn.thidua.devstack.demo;

/** The API answered something a demo step cannot take as success or as "already there". */
public final class DemoLoadException extends RuntimeException {

    private final int status;

    DemoLoadException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the API could not be reached. */
    public int status() {
        return status;
    }
}
