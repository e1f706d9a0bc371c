package vn.thidua.devstack.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A bare produce -> consume round trip on the stack's broker: one record sent, awaited by a consumer that polls on
 * a thread of its own. The Kafka leg of the event path without anything of the suite's around it.
 */
final class KafkaRoundTrip implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final BlockingQueue<String> arrived = new ArrayBlockingQueue<>(16);
    private final Thread poller;
    private long sent;

    /** Takes both clients over; the consumer reads partition 0 of {@code topic} from its end. */
    KafkaRoundTrip(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer, String topic) {
        this.producer = producer;
        this.consumer = consumer;
        this.topic = topic;
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        poller = new Thread(this::poll, "bench-round-trip");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    arrived.offer(record.value());
                }
            }
        } catch (InterruptException | WakeupException stop) {
            // closing
        }
    }

    /** One round trip, in nanos. */
    long once() throws IOException, InterruptedException {
        String value = "rt-" + sent++;
        long begin = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, 0, "k", value));
        String got;
        do {
            got = arrived.poll(30, TimeUnit.SECONDS);
            if (got == null) {
                throw new IOException("A record sent to " + topic + " never came back");
            }
        } while (!got.equals(value));
        return System.nanoTime() - begin;
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        poller.join(5_000);
        consumer.close(); // the poller has left it: a consumer is not safe for two threads
        producer.close();
    }
}
