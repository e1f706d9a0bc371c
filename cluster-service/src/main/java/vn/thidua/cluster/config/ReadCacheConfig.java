package vn.thidua.cluster.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of cluster-year views (the suite's most frequent read), kept correct by database notifications. */
@ConfigMapping(prefix = "thidua.cluster.read-cache")
public interface ReadCacheConfig {

    /** Off: every read goes to the database. */
    @WithDefault("true")
    boolean enabled();

    /** Views kept at most; past it the cache starts afresh. */
    @WithDefault("10000")
    int maxEntries();
}
