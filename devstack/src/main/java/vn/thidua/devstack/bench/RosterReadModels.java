package vn.thidua.devstack.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import vn.thidua.devstack.StackConfig;

/**
 * The roster read models of the three services that consume {@code thidua.cluster.v1}, watched in their own tables.
 * scoring-service's, the one the bench times, tells the bench itself: a trigger the bench adds to its own stack's
 * database notifies the revision when the consumer's transaction commits, so nothing polls while the time runs
 * (polling scoring-service's endpoint every 0.2 ms kept most of a core busy in the very service being timed, and
 * even an indexed SELECT every 0.25 ms took a good part of a core from the two). The others are read once a
 * millisecond, untimed. The revision a write made is compared, so a stale row or notification never counts.
 */
final class RosterReadModels implements AutoCloseable {

    /** How often the other read models are read while waiting for them (untimed). */
    private static final long POLL_NANOS = 1_000_000;

    private static final String REVISION = "SELECT revision FROM roster_year WHERE cluster_code = ? AND year = ?";
    private static final String CHANNEL = "thidua_bench_roster";
    private static final String NOTIFY_FUNCTION = """
            CREATE OR REPLACE FUNCTION thidua_bench_roster_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('%s', NEW.cluster_code || '/' || NEW.year || '/' || NEW.revision);
                RETURN NULL;
            END $$""".formatted(CHANNEL);
    private static final String NOTIFY_TRIGGER = """
            CREATE OR REPLACE TRIGGER thidua_bench_roster AFTER INSERT OR UPDATE ON roster_year
            FOR EACH ROW EXECUTE FUNCTION thidua_bench_roster_notify()""";

    private final List<Connection> connections = new ArrayList<>();
    private final List<PreparedStatement> queries = new ArrayList<>();
    private final Connection listener;

    /** The scoring read model first: it is the one the bench times. */
    RosterReadModels(StackConfig config) throws SQLException {
        listener = DriverManager.getConnection(config.jdbcUrl("thidua_scoring"), "postgres", "postgres");
        try (Statement statement = listener.createStatement()) {
            statement.execute(NOTIFY_FUNCTION);
            statement.execute(NOTIFY_TRIGGER);
            statement.execute("LISTEN " + CHANNEL);
        }
        for (String db : List.of("thidua_scoring", "thidua_nomination", "thidua_conference")) {
            Connection connection = DriverManager.getConnection(config.jdbcUrl(db), "postgres", "postgres");
            connections.add(connection);
            PreparedStatement query = connection.prepareStatement(REVISION);
            query.setString(1, Benchmark.CLUSTER);
            query.setInt(2, Benchmark.YEAR);
            queries.add(query);
        }
    }

    /**
     * Waits until scoring-service's roster is at {@code revision} or later; returns when the bench learnt it (the
     * commit's notification, or the row when it was there already), in nanos.
     */
    long awaitScoring(long revision, Duration timeout) throws IOException {
        String prefix = Benchmark.CLUSTER + "/" + Benchmark.YEAR + "/";
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            PGConnection notifications = listener.unwrap(PGConnection.class);
            if (revision(queries.get(0)) >= revision) {
                return System.nanoTime();
            }
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new IOException("scoring-service's roster did not reach revision " + revision + " within "
                            + timeout + " (at " + revision(queries.get(0)) + ")");
                }
                PGNotification[] arrived = notifications.getNotifications((int) Math.min(left, Integer.MAX_VALUE));
                long now = System.nanoTime();
                for (PGNotification notification : arrived == null ? new PGNotification[0] : arrived) {
                    String payload = notification.getParameter();
                    if (payload.startsWith(prefix) && Long.parseLong(payload.substring(prefix.length())) >= revision) {
                        return now;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Waiting for scoring-service's roster failed: " + e.getMessage(), e);
        }
    }

    private static long revision(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    /** Waits until every consumer's roster is at {@code revision} or later. */
    void awaitAll(long revision, Duration timeout) throws IOException {
        String[] names = {"scoring-service", "nomination-service", "event-service"};
        for (int i = 0; i < queries.size(); i++) {
            await(queries.get(i), revision, timeout, names[i]);
        }
    }

    private static long await(PreparedStatement query, long revision, Duration timeout, String service)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        while (true) {
            try {
                seen = revision(query);
            } catch (SQLException e) {
                throw new IOException("Reading " + service + "'s roster failed: " + e.getMessage(), e);
            }
            long now = System.nanoTime();
            if (seen >= revision) {
                return now;
            }
            if (now > deadline) {
                throw new IOException(service + "'s roster did not reach revision " + revision + " within "
                        + timeout + " (at " + seen + ")");
            }
            Load.pause(POLL_NANOS);
        }
    }

    @Override
    public void close() {
        connections.add(listener);
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a loopback connection: nothing to do about it
            }
        }
    }
}
