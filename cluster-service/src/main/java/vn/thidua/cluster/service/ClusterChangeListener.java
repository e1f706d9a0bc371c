package vn.thidua.cluster.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.thidua.cluster.config.ReadCacheConfig;

/**
 * Listens on {@code thidua_cluster_views} (sent by the triggers of migration V2 on commit) and invalidates the
 * cached views. While its connection is down the cache serves nothing; it reconnects every second.
 */
@ApplicationScoped
public class ClusterChangeListener {

    static final String CHANNEL = "thidua_cluster_views";

    private static final Logger LOG = Logger.getLogger(ClusterChangeListener.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int WAIT_MILLIS = 1_000;

    private final AgroalDataSource dataSource;
    private final ClusterYearViews views;
    private final ReadCacheConfig config;
    private volatile boolean running;
    private Thread worker;

    public ClusterChangeListener(AgroalDataSource dataSource, ClusterYearViews views, ReadCacheConfig config) {
        this.dataSource = dataSource;
        this.views = views;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "cluster-change-listener");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false; // the worker sees it within a wait
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                try {
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    views.notified(true);
                    while (running) {
                        PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                        if (notifications != null && notifications.length > 0) {
                            views.invalidate();
                        }
                    }
                } finally {
                    unlisten(connection); // the connection goes back to the pool
                }
            } catch (SQLException | RuntimeException e) {
                views.notified(false);
                if (running) {
                    LOG.warnf("Cache notifications lost, the cluster-year cache is off until they are back: %s",
                            e.getMessage());
                    sleep();
                }
            }
        }
        views.notified(false);
    }

    private static void unlisten(Connection connection) {
        try (Statement unlisten = connection.createStatement()) {
            unlisten.execute("UNLISTEN *");
        } catch (SQLException e) {
            LOG.debugf("UNLISTEN failed on a connection that is going anyway: %s", e.getMessage());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
