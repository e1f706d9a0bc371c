package vn.thidua.conference.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.conference.service.AnnouncedResults;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;
import vn.thidua.events.nomination.NominationAcclaimed;
import vn.thidua.events.nomination.NominationAppraised;
import vn.thidua.events.nomination.NominationContested;
import vn.thidua.events.nomination.NominationDecided;
import vn.thidua.events.nomination.NominationNotAcclaimed;
import vn.thidua.events.nomination.NominationProposed;
import vn.thidua.events.nomination.NominationReturned;
import vn.thidua.events.nomination.NominationRevoked;
import vn.thidua.events.nomination.NominationStep;
import vn.thidua.events.nomination.NominationSubmitted;
import vn.thidua.events.nomination.NominationWithdrawn;

/**
 * Results announced: reads nomination-service's public {@code thidua.nomination.v1} (channel
 * {@code nomination-events}) into the {@code announced_nomination} read model. Every step carries the nomination's
 * whole state, so each one replaces the row.
 */
@ApplicationScoped
public class NominationConsumer {

    /** Every public step: each carries the whole state, so each is applied the same way. */
    private static final List<Class<? extends NominationStep>> STEPS = List.of(NominationProposed.class,
            NominationContested.class, NominationAcclaimed.class, NominationNotAcclaimed.class,
            NominationSubmitted.class, NominationReturned.class, NominationAppraised.class, NominationDecided.class,
            NominationRevoked.class, NominationWithdrawn.class);

    /** Name under which processed events are recorded; never change it. */
    static final String CONSUMER = "announced-nominations";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public NominationConsumer(IdempotentConsumer consumer, AnnouncedResults results) {
        this.consumer = consumer;
        EventRouting.Builder builder = EventRouting.builder();
        for (Class<? extends NominationStep> step : STEPS) {
            builder.on(step, (e, env) -> results.apply(e));
        }
        this.routing = builder.build();
    }

    @Incoming("nomination-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
