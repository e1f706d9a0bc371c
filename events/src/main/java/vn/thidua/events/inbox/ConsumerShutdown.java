package vn.thidua.events.inbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The service's stop as {@link IdempotentConsumer} sees it, in two steps that Quarkus runs in this order: the
 * {@link ShutdownEvent} (consumers stop retrying), then the destruction of the application scope, where SmallRye's
 * {@code KafkaConnector.terminate} closes every channel's consumer before {@link #connectorsClosed} runs.
 */
@ApplicationScoped
public class ConsumerShutdown {

    /**
     * Priority of {@code io.smallrye.reactive.messaging.kafka.KafkaConnector#terminate}, the
     * {@code @BeforeDestroyed(ApplicationScoped.class)} observer that, for each channel, pauses and waits a few
     * seconds for the records in progress (graceful shutdown, off in dev and test mode), commits what was processed,
     * forgets the offsets still in progress and closes the consumer. Observers of lower priority run first.
     */
    static final int KAFKA_CONNECTOR_TERMINATE = 50;

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    /*
     * Early, before observers that take time to close things; not IF_EXISTS: a consumer whose first failure comes
     * after this event must still know that the service stops. The event comes before the worker pool drains
     * (Quarkus registers that drain as a last shutdown task).
     */
    void serviceStopping(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) ShutdownEvent event) {
        stopping.countDown();
    }

    void connectorsClosed(
            @Observes @Priority(KAFKA_CONNECTOR_TERMINATE + 1) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stopping.countDown();
        closed.countDown();
    }

    boolean isStopping() {
        return stopping.getCount() == 0;
    }

    /**
     * Waits for the given time unless the service is stopping or starts to.
     *
     * @return true if the service is stopping
     */
    boolean awaitStopping(Duration timeout) {
        // An interrupt is no stop signal here: Quarkus interrupts pool threads only after the connectors closed, and
        // anything else (a transaction reaper) must neither end the wait early nor, left set, turn retries into a
        // busy loop. The flag is cleared while waiting and restored after.
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (;;) {
                try {
                    return stopping.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Returns once the Kafka connector has closed the channels' consumers. Not bounded here: the container always
     * destroys the application scope after the shutdown event, before it drains the worker pool that runs this.
     */
    void awaitConnectorsClosed() {
        boolean interrupted = Thread.interrupted();
        try {
            for (;;) {
                try {
                    closed.await();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
