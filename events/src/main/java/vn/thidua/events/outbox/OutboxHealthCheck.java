package vn.thidua.events.outbox;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready while the outbox keeps up: DOWN once the oldest unsent event is older than {@code thidua.outbox.max-lag}. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog.Stats stats = backlog.read();
            return response.status(stats.oldestAge().compareTo(config.maxLag()) <= 0)
                    .withData("unsent", stats.unsent())
                    .withData("oldestAgeSeconds", stats.oldestAge().toSeconds())
                    .withData("parked", stats.parked())
                    .withData("maxLagSeconds", config.maxLag().toSeconds())
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
