package vn.thidua.cluster.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.config.ReadCacheConfig;
import vn.thidua.cluster.mapping.ClusterMapper;
import vn.thidua.cluster.rest.dto.ClusterYearView;
import vn.thidua.support.web.Etags;

/**
 * Cluster-year views as the API shows them, cached. Correct by invalidation, never by expiry: every committed change
 * to the tables a view reads notifies each instance ({@link ClusterChangeListener}, from database triggers), and a
 * write answered by this instance invalidates before its answer leaves ({@code ReadCacheInvalidationFilter}), so its
 * client reads its own write. A view read while a change was committing is not kept: a read records the generation
 * it started in and stores its view only if no invalidation came in between. Without a working notification
 * connection nothing is served from the cache.
 */
@ApplicationScoped
public class ClusterYearViews {

    /** A view with the ETag it is served with. */
    public record Cached(ClusterYearView view, EntityTag etag) {
    }

    private record Entry(long generation, Cached cached) {
    }

    private final ClusterService clusters;
    private final ReadCacheConfig config;
    private final ConcurrentHashMap<String, Entry> views = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private volatile boolean notified;

    public ClusterYearViews(ClusterService clusters, ReadCacheConfig config, MeterRegistry registry) {
        this.clusters = clusters;
        this.config = config;
        this.hits = Counter.builder("thidua.read.cache").tag("view", "cluster-year").tag("result", "hit")
                .description("Cluster-year reads answered from the cache").register(registry);
        this.misses = Counter.builder("thidua.read.cache").tag("view", "cluster-year").tag("result", "miss")
                .description("Cluster-year reads that went to the database").register(registry);
    }

    /** The view of a cluster-year; 404 problem when the cluster or the year does not exist (never cached). */
    public Cached get(String clusterCode, int year) {
        String key = clusterCode + '/' + year;
        long current = generation.get();
        Entry entry = views.get(key);
        if (entry != null && entry.generation() == current && serving()) {
            hits.increment();
            return entry.cached();
        }
        misses.increment();
        ClusterYear clusterYear = clusters.getYear(clusterCode, year);
        Cached cached = of(clusterYear);
        if (serving() && generation.get() == current) {
            if (views.size() >= config.maxEntries()) {
                views.clear();
            }
            views.put(key, new Entry(current, cached));
        }
        return cached;
    }

    /** The view of a cluster-year just read or written (not cached: a write invalidates anyway). */
    public Cached of(ClusterYear clusterYear) {
        return new Cached(ClusterMapper.toView(clusterYear), Etags.of(clusterYear.revision));
    }

    /** Forgets every view: something they show may have changed. */
    public void invalidate() {
        generation.incrementAndGet();
        views.clear();
    }

    /** Whether the notifications that keep the cache correct are being received. */
    void notified(boolean receiving) {
        this.notified = receiving;
        invalidate(); // what changed while nobody listened is unknown
    }

    /** The listener never starts when the cache is disabled, so this is false then too. */
    private boolean serving() {
        return notified;
    }
}
