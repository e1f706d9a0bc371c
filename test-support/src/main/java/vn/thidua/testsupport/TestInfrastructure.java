package vn.thidua.testsupport;

/**
 * Where a module's tests find PostgreSQL and Kafka. The default is in this JVM (embedded binaries and a KRaft
 * broker: no Docker needed, what CI runs). With {@code -Dthidua.test.infrastructure=testcontainers} (the optional
 * Maven profile of that name, for machines with Docker) the same tests run against containers instead.
 */
public interface TestInfrastructure {

    /** System property that chooses the infrastructure: {@code embedded} (default) or {@code testcontainers}. */
    String PROPERTY = "thidua.test.infrastructure";

    /** JDBC URL of {@code database} on the test server; user and password are both {@code postgres}. */
    String postgresJdbcUrl(String database);

    /** Bootstrap servers of the test broker. */
    String kafkaBootstrapServers();

    /** The infrastructure the build asked for, started on first use and kept for the whole test JVM. */
    static TestInfrastructure current() {
        return Holder.INSTANCE;
    }

    /** Lazily chosen once per JVM. */
    final class Holder {

        static final TestInfrastructure INSTANCE = choose();

        private Holder() {
        }

        private static TestInfrastructure choose() {
            String choice = System.getProperty(PROPERTY, "embedded");
            switch (choice) {
                case "embedded":
                    return new EmbeddedInfrastructure();
                case "testcontainers":
                    try {
                        // compiled only by the Maven profile that brings Testcontainers: the default build never needs it
                        return (TestInfrastructure) Class
                                .forName("vn.thidua.testsupport.containers.ContainerInfrastructure")
                                .getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(PROPERTY + "=testcontainers needs the Maven profile of that "
                                + "name (./mvnw verify -D" + PROPERTY + "=testcontainers)", e);
                    }
                default:
                    throw new IllegalStateException(PROPERTY + " must be embedded or testcontainers, not " + choice);
            }
        }
    }
}
