package vn.thidua.conference.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.conference.service.ConferenceService;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;

/**
 * Reads cluster-service's {@code leadership-resolution-processed} from {@code thidua.cluster.v1} (channel
 * {@code cluster-resolution-outcomes}, its own consumer group beside the roster's), so an election shows APPLIED or
 * REJECTED with the reason. Outcomes of resolutions this service does not know are skipped.
 */
@ApplicationScoped
public class ResolutionOutcomeConsumer {

    /** Name under which processed events are recorded; never change it. */
    static final String CONSUMER = "resolution-outcomes";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public ResolutionOutcomeConsumer(IdempotentConsumer consumer, ConferenceService conferences) {
        this.consumer = consumer;
        this.routing = EventRouting.builder()
                .on(LeadershipResolutionProcessed.class, (outcome, envelope) -> conferences.recordOutcome(outcome))
                .build();
    }

    @Incoming("cluster-resolution-outcomes")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
