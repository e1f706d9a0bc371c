package vn.thidua.events.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.outbox")
public interface OutboxConfig {

    /** Turns the relay off, e.g. in a test that inspects unsent rows. Writes to the outbox still happen. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when nothing woke it. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** Rows published per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** Pause after a failed publication, so a broker outage does not become a busy loop. */
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
