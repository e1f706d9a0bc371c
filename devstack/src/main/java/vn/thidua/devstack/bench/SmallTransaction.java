package vn.thidua.devstack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One small durable transaction on the stack's PostgreSQL: a one-row insert and its commit, which waits for the
 * disk as a consumer's commit does. With the Kafka round trip, the unit of the event path's floor.
 */
final class SmallTransaction implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;

    /** Creates its own table in the bench stack's database (wiped with the bench's data). */
    SmallTransaction(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS thidua_bench_transaction (id bigserial PRIMARY KEY, "
                    + "at timestamptz NOT NULL)");
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT INTO thidua_bench_transaction (at) VALUES (now())");
    }

    /** One transaction, in nanos. */
    long once() throws SQLException {
        long begin = System.nanoTime();
        insert.executeUpdate();
        connection.commit();
        return System.nanoTime() - begin;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
