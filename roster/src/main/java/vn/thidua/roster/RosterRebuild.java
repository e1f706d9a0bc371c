package vn.thidua.roster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Rebuilds this service's roster read model from {@code thidua.cluster.v1}: pauses the channel, empties the roster
 * tables and the consumer's dedup records in one transaction, rewinds the channel to the beginning of its
 * partitions and resumes. The topic is compacted by key and the latest record of each cluster-year carries its full
 * state, so the replay ends at the live state. Records already fetched when the channel paused may be applied first:
 * revisions make the older replayed ones no-ops. One instance rewinds the partitions it is assigned: with several
 * instances of a service, scale to one (or call each) before rebuilding.
 */
@ApplicationScoped
public class RosterRebuild {

    private static final Logger LOG = Logger.getLogger(RosterRebuild.class);
    private static final Duration WAIT = Duration.ofSeconds(30);
    static final String CHANNEL = "cluster-events";

    /** What a rebuild reset. */
    public record Result(long rostersCleared, long dedupRecordsCleared, List<String> partitionsRewound) {
    }

    private final KafkaClientService kafka;
    private final EntityManager entityManager;

    public RosterRebuild(KafkaClientService kafka, EntityManager entityManager) {
        this.kafka = kafka;
        this.entityManager = entityManager;
    }

    public Result rebuild() {
        // With concurrency N the channel runs as copies cluster-events$1..N, each with its own consumer.
        List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumerChannels().stream()
                .filter(name -> name.equals(CHANNEL) || name.startsWith(CHANNEL + "$"))
                .flatMap(name -> kafka.<Object, Object> getConsumers(name).stream())
                .toList();
        if (consumers.isEmpty()) {
            throw new IllegalStateException("Channel " + CHANNEL + " has no Kafka consumer");
        }
        consumers.forEach(consumer -> consumer.pause().await().atMost(WAIT));
        try {
            Map<KafkaConsumer<Object, Object>, Set<TopicPartition>> assignments = new LinkedHashMap<>();
            consumers.forEach(consumer -> assignments.put(consumer, consumer.getAssignments().await().atMost(WAIT)));
            long[] cleared = QuarkusTransaction.requiringNew().call(() -> new long[] {
                    entityManager.createNativeQuery("DELETE FROM roster_year").executeUpdate(),
                    entityManager.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                            .setParameter("consumer", RosterConsumer.CONSUMER).executeUpdate() });
            assignments.forEach((consumer, partitions) -> consumer.seekToBeginning(partitions).await().atMost(WAIT));
            List<String> rewound = assignments.values().stream().flatMap(Set::stream).map(TopicPartition::toString)
                    .sorted().toList();
            LOG.infof("Roster read model reset (%d rosters, %d dedup records); replaying %s from the beginning",
                    cleared[0], cleared[1], rewound);
            return new Result(cleared[0], cleared[1], rewound);
        } finally {
            consumers.forEach(consumer -> consumer.resume().await().atMost(WAIT));
        }
    }
}
