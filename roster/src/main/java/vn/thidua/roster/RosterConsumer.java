package vn.thidua.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;

/**
 * Feeds the roster read model from {@code thidua.cluster.v1} (channel {@code cluster-events}, configured by each
 * service with its own group id and the topic's dead-letter queue).
 */
@ApplicationScoped
public class RosterConsumer {

    /** Name under which processed events are recorded; never change it, or every event is applied again. */
    static final String CONSUMER = "roster";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public RosterConsumer(IdempotentConsumer consumer, RosterProjection projection) {
        this.consumer = consumer;
        this.routing = EventRouting.builder()
                .on(MembershipChanged.class, (event, envelope) -> projection.apply(event))
                .on(LeadershipAssigned.class, (event, envelope) -> projection.apply(event))
                .build();
    }

    @Incoming("cluster-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
