package vn.thidua.events.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.outbox")
public interface OutboxConfig {

    /** Turns the relay off, e.g. in a test that inspects unsent rows. Writes to the outbox still happen. */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often the relay looks for rows when nothing woke it. A commit that wrote outbox rows wakes this instance's
     * relay at once, so this is only the safety net (e.g. rows another instance wrote while this one published).
     */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** Attempts at a row Kafka refuses (other than by a retriable error) before it is parked. */
    @WithDefault("5")
    int maxAttempts();

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Pause before a failed row is tried again, so a broker outage does not become a busy loop. */
    @WithDefault("PT2S")
    Duration retryBackoff();

    /** Sent rows are kept this long for audit and replay, then purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Readiness goes DOWN when the oldest unsent event waits longer than this. */
    @WithDefault("PT5M")
    Duration maxLag();

    /** CloudEvents source of the events this service publishes. */
    @WithDefault("/thidua/${quarkus.application.name}")
    String source();
}
