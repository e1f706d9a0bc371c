package vn.thidua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for a module's tests ({@link TestInfrastructure}: embedded binaries by default, no Docker). One
 * server per test JVM: every Quarkus boot of the module reuses it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", jdbcUrl("postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Kept for the next Quarkus boot of this JVM; stopped when the JVM ends.
    }

    /** JDBC URL of {@code database} on the test server (user and password {@code postgres}), started on first use. */
    public static String jdbcUrl(String database) {
        return TestInfrastructure.current().postgresJdbcUrl(database);
    }

    /** A new connection to {@code database} as the superuser, for tests that look under the API. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }
}
