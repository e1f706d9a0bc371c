package vn.thidua.cluster.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.cluster.service.ClusterService;
import vn.thidua.events.conference.ResolutionAdopted;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;

/**
 * Reads event-service's {@code thidua.conference.v1}: a {@code resolution-adopted} of kind ELECT_LEADERSHIP sets the
 * leadership of the year it names. Each event is handled once (dedup on its id, in the same transaction as the
 * change); other kinds and other event types are skipped; failures after retries go to the dead-letter topic.
 */
@ApplicationScoped
public class ConferenceResolutionConsumer {

    static final String CONSUMER = "cluster-leadership";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public ConferenceResolutionConsumer(IdempotentConsumer consumer, ClusterService clusters) {
        this.consumer = consumer;
        this.routing = EventRouting.builder()
                .on(ResolutionAdopted.class, (resolution, event) -> clusters.applyResolution(resolution, event.id()))
                .build();
    }

    @Incoming("conference-events")
    @Blocking
    public void onConferenceEvent(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
