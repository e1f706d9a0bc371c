package vn.thidua.events.inbox;

/** A record that cannot be read as an event of its type: it goes straight to the dead-letter topic. */
public class MalformedEventException extends UnprocessableEventException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
