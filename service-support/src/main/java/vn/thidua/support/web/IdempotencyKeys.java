package vn.thidua.support.web;

/** Names and limits of the {@code Idempotency-Key} mechanism ({@link Idempotent}). */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }
}
