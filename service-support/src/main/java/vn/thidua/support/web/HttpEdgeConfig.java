package vn.thidua.support.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and retention of the HTTP edge; the defaults suit every service, any may override them. */
@ConfigMapping(prefix = "thidua.http")
public interface HttpEdgeConfig {

    /** Longest string in a JSON body, in characters (the fields' own @Size limits are usually smaller). */
    @WithDefault("20000")
    int maxStringLength();

    /** Largest JSON body, in bytes: a bigger one is refused while being read, not parsed whole. */
    @WithDefault("1048576")
    long maxDocumentLength();

    /** Deepest nesting of a JSON body. */
    @WithDefault("32")
    int maxNestingDepth();

    /** Longest query or path parameter, in characters. */
    @WithDefault("500")
    int maxParameterLength();

    /** How long the first answer to an {@code Idempotency-Key} is kept for replay. */
    @WithDefault("24h")
    Duration idempotencyRetention();
}
