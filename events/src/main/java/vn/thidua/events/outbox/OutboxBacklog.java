package vn.thidua.events.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** How much the outbox still has to send: a metric and part of readiness. */
@ApplicationScoped
public class OutboxBacklog {

    /** Unsent rows and the age of the oldest one. */
    public record Stats(long unsent, Duration oldestAge, long parked) {
    }

    private static final String QUERY = """
            SELECT count(*) FILTER (WHERE parked_at IS NULL),
                   COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0),
                   count(*) FILTER (WHERE parked_at IS NOT NULL)
            FROM outbox_event WHERE sent_at IS NULL
            """;

    private final AgroalDataSource dataSource;

    public OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void registerMetrics(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("thidua.outbox.backlog", this, b -> b.readOrNegative().unsent())
                .description("Outbox events not yet published (-1 when the database is unreachable)")
                .register(registry);
        Gauge.builder("thidua.outbox.oldest.age.seconds", this, b -> b.readOrNegative().oldestAge().toSeconds())
                .description("Age of the oldest unpublished outbox event")
                .register(registry);
        Gauge.builder("thidua.outbox.parked", this, b -> b.readOrNegative().parked())
                .description("Outbox events the relay gave up on: never published, need an operator")
                .register(registry);
    }

    public Stats read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(QUERY)) {
            rs.next();
            return new Stats(rs.getLong(1), Duration.ofMillis((long) (rs.getDouble(2) * 1000)), rs.getLong(3));
        }
    }

    private Stats readOrNegative() {
        try {
            return read();
        } catch (SQLException e) {
            return new Stats(-1, Duration.ZERO, -1);
        }
    }
}
