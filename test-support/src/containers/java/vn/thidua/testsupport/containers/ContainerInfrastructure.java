package vn.thidua.testsupport.containers;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import vn.thidua.testsupport.TestInfrastructure;

/**
 * PostgreSQL and Kafka in Docker containers (Testcontainers), for machines that have Docker. Compiled only by the
 * {@code testcontainers} Maven profile; started on first use, one of each per test JVM, removed by Testcontainers'
 * reaper when the JVM ends.
 */
public final class ContainerInfrastructure implements TestInfrastructure {

    private PostgreSQLContainer postgres;
    private KafkaContainer kafka;

    @Override
    public synchronized String postgresJdbcUrl(String database) {
        if (postgres == null) {
            postgres = new PostgreSQLContainer(System.getProperty("thidua.test.postgres-image", "postgres:17-alpine"))
                    .withUsername("postgres")
                    .withPassword("postgres")
                    .withDatabaseName("postgres");
            postgres.start();
        }
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer(System.getProperty("thidua.test.kafka-image", "apache/kafka:4.1.1"))
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }
}
