package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

    private final Path root = Path.of("/repo");

    @Test
    void derivesPathsAndUrlsFromRootAndData() {
        StackConfig config = StackConfig.builder().rootDir(root).build();
        assertEquals(Path.of("/repo/.thidua-data/postgres"), config.postgresDir());
        assertEquals(Path.of("/repo/.thidua-data/kafka"), config.kafkaDir());
        assertEquals(Path.of("/repo/.thidua-data/logs/event-service.log"), config.logFile(ServiceModule.CONFERENCE));
        assertEquals(Path.of("/repo/gateway/target/quarkus-app/quarkus-run.jar"), config.jarOf(ServiceModule.GATEWAY));
        assertEquals("http://localhost:8083", config.url(ServiceModule.NOMINATION));
        assertEquals("jdbc:postgresql://localhost:15432/thidua_scoring", config.jdbcUrl("thidua_scoring"));
        assertEquals("localhost:19092", config.kafkaBootstrapServers());
    }

    @Test
    void offsetMovesOnlyDefaults() {
        StackConfig config = StackConfig.builder().rootDir(root).portOffset(1000)
                .servicePort(ServiceModule.GATEWAY, 8080).environment(Map.of("THIDUA_KAFKA_PORT", "29092")).build();
        assertEquals(8080, config.port(ServiceModule.GATEWAY));
        assertEquals(29092, config.kafkaPort());
        assertEquals(9081, config.port(ServiceModule.CLUSTER));
        assertEquals(16432, config.postgresPort());
        assertEquals(20093, config.kafkaControllerPort());
    }

    @Test
    void rejectsCollidingAndOutOfRangePorts() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> StackConfig.builder().rootDir(root).kafkaPort(15432).build());
        assertTrue(twice.getMessage().contains("port 15432 is given to both PostgreSQL and Kafka"), twice.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StackConfig.builder().rootDir(root).portOffset(60000).build());
        assertThrows(IllegalArgumentException.class,
                () -> StackConfig.builder().rootDir(root).environment(Map.of("THIDUA_PG_PORT", "five")).build());
    }

    @Test
    void randomFreePortsAreDistinct() {
        StackConfig config = StackConfig.builder().rootDir(root).randomFreePorts().build();
        Set<Integer> ports = new HashSet<>(config.servicePorts().values());
        ports.add(config.postgresPort());
        ports.add(config.kafkaPort());
        ports.add(config.kafkaControllerPort());
        assertEquals(8, ports.size());
        assertFalse(ports.contains(8080));
    }

    @Test
    void serviceGetsItsPortDatabaseAndKafka() {
        StackConfig config = StackConfig.builder().rootDir(root).portOffset(1).build();
        Map<String, String> env = DevStack.environmentFor(config, ServiceModule.CONFERENCE);
        assertEquals("8085", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("jdbc:postgresql://localhost:15433/thidua_conference", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("localhost:19093", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertFalse(env.containsKey("THIDUA_GATEWAY_CLUSTER_URL"));
        assertEquals(config.dataDir().resolve("keys/public-key.pem").toAbsolutePath().toString(),
                env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertEquals("https://thidua.vn/devstack", env.get("MP_JWT_VERIFY_ISSUER"));
    }

    @Test
    void gatewayGetsEveryServiceUrlAndNoDatabase() {
        StackConfig config = StackConfig.builder().rootDir(root).modules(List.of(ServiceModule.GATEWAY)).build();
        Map<String, String> env = DevStack.environmentFor(config, ServiceModule.GATEWAY);
        assertEquals("8080", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("http://localhost:8081", env.get("THIDUA_GATEWAY_CLUSTER_URL"));
        assertEquals("http://localhost:8082", env.get("THIDUA_GATEWAY_SCORING_URL"));
        assertEquals("http://localhost:8083", env.get("THIDUA_GATEWAY_NOMINATION_URL"));
        assertEquals("http://localhost:8084", env.get("THIDUA_GATEWAY_CONFERENCE_URL"));
        assertFalse(env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
        // the gateway verifies tokens with the same key as the services
        assertEquals(config.dataDir().resolve("keys/public-key.pem").toAbsolutePath().toString(),
                env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }

    @Test
    void serviceModulesKnowTheirNames() {
        assertEquals(ServiceModule.CONFERENCE, ServiceModule.parse("event-service"));
        assertEquals(ServiceModule.CONFERENCE, ServiceModule.parse("conference"));
        assertEquals("THIDUA_CONFERENCE_PORT", ServiceModule.CONFERENCE.portEnvVar());
        assertEquals("--nomination-port", ServiceModule.NOMINATION.portFlag());
        assertEquals(List.of("thidua_cluster", "thidua_scoring", "thidua_nomination", "thidua_conference"),
                ServiceModule.databases());
    }

    @Test
    void shouldPutServicesOnHugePagesOnlyWhenLinuxGivesThemOnRequest(@TempDir Path dir) throws Exception {
        List<String> base = List.of("-Xmx256m", "-XX:+UseSerialGC");
        Path mode = dir.resolve("enabled");

        Files.writeString(mode, "always [madvise] never\n");
        assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages"),
                StackConfig.withHugePages(base, "Linux", mode));
        assertEquals(base, StackConfig.withHugePages(base, "Mac OS X", mode), "only Linux knows the option");

        Files.writeString(mode, "always madvise [never]\n");
        assertEquals(base, StackConfig.withHugePages(base, "Linux", mode), "the kernel gives none");
        Files.writeString(mode, "[always] madvise never\n");
        assertEquals(base, StackConfig.withHugePages(base, "Linux", mode), "the kernel gives them anyway");
        assertEquals(base, StackConfig.withHugePages(base, "Linux", dir.resolve("absent")));
    }
}
