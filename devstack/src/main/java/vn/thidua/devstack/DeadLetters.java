package vn.thidua.devstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The records consumers parked on {@code <topic>.dlq}: listed with the reason the consumer gave, and replayed onto
 * {@code <topic>} (e.g. after the consumer was fixed). What was replayed is remembered as the committed offset of the
 * consumer group {@value #REPLAY_GROUP}, so a record is replayed once; consumers drop it if it was applied meanwhile.
 */
public final class DeadLetters {

    static final String REPLAY_GROUP = "thidua-dlq-replay";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** One parked record. */
    public record Parked(int partition, long offset, String key, String eventId, String type, String reason,
            boolean replayed) {
    }

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on {@code <topic>.dlq}, oldest first per partition. */
    public List<Parked> list(String topic) {
        List<Parked> parked = new ArrayList<>();
        read(topic, (record, replayed) -> parked.add(new Parked(record.partition(), record.offset(),
                key(record), header(record, "ce_id"), header(record, "ce_type"), reason(record), replayed)));
        return parked;
    }

    /** Sends every record not replayed before back to {@code topic}, without the dead-letter headers. */
    public int replay(String topic) {
        List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> done = read(topic, (record, replayed) -> {
            if (!replayed) {
                pending.add(record);
            }
        });
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (ConsumerRecord<byte[], byte[]> record : pending) {
                ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, record.key(), record.value());
                for (Header header : record.headers()) {
                    if (!header.key().startsWith("dead-letter-")) {
                        again.headers().add(header);
                    }
                }
                producer.send(again).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not replay onto " + topic + ": " + e.getMessage(), e);
        }
        // Only now: a replay that failed halfway is repeated in full next time, and consumers drop duplicates.
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.commitSync(done, WAIT);
        }
        return pending.size();
    }

    private interface Visitor {
        void visit(ConsumerRecord<byte[], byte[]> record, boolean replayed);
    }

    /** Reads {@code <topic>.dlq} from the beginning to its current end; returns the end offsets. */
    private Map<TopicPartition, OffsetAndMetadata> read(String topic, Visitor visitor) {
        String dlq = topic + KafkaNode.DLQ_SUFFIX;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlq, WAIT).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(java.util.Set.copyOf(partitions), WAIT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + dlq + " to its end");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        OffsetAndMetadata replayedUpTo = committed.get(partition);
                        visitor.visit(record, replayedUpTo != null && record.offset() < replayedUpTo.offset());
                    }
                }
            }
            Map<TopicPartition, OffsetAndMetadata> upTo = new java.util.HashMap<>();
            end.forEach((partition, offset) -> upTo.put(partition, new OffsetAndMetadata(offset)));
            return upTo;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    /** Prints the list as a table. */
    static void print(List<Parked> parked, String topic, PrintStream out) {
        out.printf("%d record(s) on %s%s%n", parked.size(), topic, KafkaNode.DLQ_SUFFIX);
        for (Parked p : parked) {
            out.printf("%d@%d  %s  key=%s  id=%s  type=%s%n    reason: %s%n", p.partition(), p.offset(),
                    p.replayed() ? "replayed" : "parked  ", p.key(), p.eventId(), p.type(), p.reason());
        }
    }

    private static String reason(ConsumerRecord<byte[], byte[]> record) {
        String reason = header(record, "dead-letter-reason");
        String cause = header(record, "dead-letter-cause");
        return reason == null ? "(none given)" : cause == null ? reason : reason + " (cause: " + cause + ")";
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
