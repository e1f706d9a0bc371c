package vn.thidua.nomination.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.events.inbox.EventRouting;
import vn.thidua.events.inbox.IdempotentConsumer;
import vn.thidua.events.scoring.RankingAmended;
import vn.thidua.events.scoring.RankingFinalized;
import vn.thidua.nomination.service.RankingProposalService;

/**
 * Reads scoring-service's {@code thidua.scoring.v1}: a finalised ranking drafts the proposals its quotas allow, an
 * amended one moves the open drafts. Each event once (dedup on its id in the same transaction as the drafts); other
 * types are skipped; events that can never be applied go to {@code thidua.scoring.v1.dlq}.
 */
@ApplicationScoped
public class RankingConsumer {

    static final String CONSUMER = "nomination-proposals";

    private final IdempotentConsumer consumer;
    private final EventRouting routing;

    public RankingConsumer(IdempotentConsumer consumer, RankingProposalService proposals) {
        this.consumer = consumer;
        this.routing = EventRouting.builder()
                .on(RankingFinalized.class, (ranking, event) -> proposals.follow(ranking.clusterCode(),
                        ranking.year(), ranking.version(), ranking.entries(), ranking.finalizedAt(), null))
                .on(RankingAmended.class, (ranking, event) -> proposals.follow(ranking.clusterCode(),
                        ranking.year(), ranking.version(), ranking.entries(), ranking.amendedAt(),
                        ranking.reason() == null ? "no reason given" : ranking.reason()))
                .build();
    }

    @Incoming("scoring-events")
    @Blocking
    public void onScoringEvent(ConsumerRecord<String, byte[]> record) {
        consumer.handle(CONSUMER, record, routing);
    }
}
