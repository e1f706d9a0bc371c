package vn.thidua.devstack.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.devstack.StackConfig;

/**
 * The roster read models of the three services that consume {@code thidua.cluster.v1}, watched in their own tables:
 * one indexed SELECT on a connection held open costs the machine far less than a request through a service's API,
 * so watching does not slow down the consumers it watches (polling scoring-service's endpoint every 0.2 ms kept
 * most of a core busy in that very service). The revision a write made is compared, so a stale row never counts.
 */
final class RosterReadModels implements AutoCloseable {

    /** How often a table is read while waiting: the resolution of commit-to-applied. */
    private static final long POLL_NANOS = 250_000;

    private static final String REVISION = "SELECT revision FROM roster_year WHERE cluster_code = ? AND year = ?";

    private final List<Connection> connections = new ArrayList<>();
    private final List<PreparedStatement> queries = new ArrayList<>();

    /** The scoring read model first: it is the one the bench times. */
    RosterReadModels(StackConfig config) throws SQLException {
        for (String db : List.of("thidua_scoring", "thidua_nomination", "thidua_conference")) {
            Connection connection = DriverManager.getConnection(config.jdbcUrl(db), "postgres", "postgres");
            connections.add(connection);
            PreparedStatement query = connection.prepareStatement(REVISION);
            query.setString(1, Benchmark.CLUSTER);
            query.setInt(2, Benchmark.YEAR);
            queries.add(query);
        }
    }

    /** Waits until scoring-service's roster is at {@code revision} or later; returns when it saw it, in nanos. */
    long awaitScoring(long revision, Duration timeout) throws IOException {
        return await(queries.get(0), revision, timeout, "scoring-service");
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
            try (ResultSet row = query.executeQuery()) {
                seen = row.next() ? row.getLong(1) : -1;
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
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a loopback connection: nothing to do about it
            }
        }
    }
}
