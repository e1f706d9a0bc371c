package vn.thidua.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for a module's tests ({@link TestInfrastructure}: KRaft in this JVM by default, no Docker),
 * started once per test JVM with the suite's topics and dead-letter topics created up front.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** The suite's topics; kept here rather than importing the events module, which depends on nothing of ours. */
    public static final List<String> TOPICS = List.of("thidua.cluster.v1", "thidua.scoring.v1",
            "thidua.nomination.v1", "thidua.conference.v1");

    private static String bootstrapServers;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Kept for the next Quarkus boot of this JVM; stopped when the JVM ends.
    }

    /** Bootstrap servers of the test broker ({@link TestInfrastructure}), with the suite's topics created. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String servers = TestInfrastructure.current().kafkaBootstrapServers();
            createTopics(servers);
            bootstrapServers = servers;
        }
        return bootstrapServers;
    }

    private static void createTopics(String bootstrap) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : TOPICS) {
            topics.add(new NewTopic(topic, 3, (short) 1));
            topics.add(new NewTopic(topic + ".dlq", 1, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var created = admin.createTopics(topics.stream().filter(t -> !existing.contains(t.name())).toList());
            for (var result : created.values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // On a busy machine the client may retry a request the broker had already carried out
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the suite's topics", e);
        }
    }
}
