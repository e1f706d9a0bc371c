package vn.thidua.events.inbox;

/**
 * An event that can never be applied (unreadable, unknown schema, or it breaks a rule of the consumer): it goes to
 * the dead-letter topic at once, with this message as the reason. Anything else a handler throws counts as
 * transient and is retried until it succeeds.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
