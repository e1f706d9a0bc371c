package vn.thidua.events.inbox;

import java.sql.SQLException;

/** Whether a failed event may succeed when tried again. */
enum FailureKind {
    /** Database or broker unavailable, lock or timeout, serialization conflict: retried without limit. */
    TRANSIENT,
    /** The event itself is at fault: dead-lettered at once. */
    PERMANENT;

    /**
     * Permanent are {@link UnprocessableEventException} and SQL data and integrity errors (states 22xxx, 23xxx:
     * a value the table cannot hold, a constraint the event breaks), except a unique violation (23505), which two
     * instances racing to create the same row also cause. Everything else is treated as transient:
     * retrying a bug until a fix is deployed loses nothing, parking a valid event during an outage loses it.
     */
    static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnprocessableEventException) {
                return PERMANENT;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22")
                            || sql.getSQLState().startsWith("23") && !"23505".equals(sql.getSQLState()))) {
                return PERMANENT;
            }
        }
        return TRANSIENT;
    }
}
