package vn.thidua.conference.events;

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
import vn.thidua.events.nomination.NominationWithdrawn;
import vn.thidua.events.nomination.NominationSubmitted;

/**
 * Results announced: reads nomination-service's public {@code thidua.nomination.v1} (channel
 * {@code nomination-events}) into the {@code announced_nomination} read model. Every step carries the nomination's
 * whole state, so each one replaces the row.
 */
@ApplicationScoped
public class NominationConsumer {

    /** Name under which processed events are recorded; never change it. */
    static final String CONSUMER = "announced-nominations";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public NominationConsumer(IdempotentConsumer consumer, AnnouncedResults results) {
        this.consumer = consumer;
        this.routing = EventRouting.builder()
                .on(NominationProposed.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationContested.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationAcclaimed.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationNotAcclaimed.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(),
                        e.year(), e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationSubmitted.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationReturned.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationAppraised.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationDecided.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationRevoked.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(), e.year(),
                        e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .on(NominationWithdrawn.class, (e, env) -> results.apply(e.nominationId(), e.clusterCode(),
                        e.year(), e.awardType(), e.nominee(), e.status(), e.rank(), e.reason(), e.decisionNumber(),
                        e.decisionDate(), e.votes(), e.occurredAt()))
                .build();
    }

    @Incoming("nomination-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
