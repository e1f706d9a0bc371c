package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a stack run needs to know: where the code and the data are, every port, which services to start.
 * Ports of all five services are always resolved (the gateway is told every service's URL even when that
 * service is not started).
 */
public record StackConfig(
        Path rootDir,
        Path dataDir,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        Map<ServiceModule, Integer> servicePorts,
        Set<ServiceModule> modules,
        Duration readyTimeout,
        List<String> javaOptions,
        boolean fresh,
        boolean recordClassData) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    /** Five Quarkus services booting together on two busy cores have taken 100 s. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** The kernel's transparent huge page mode, e.g. {@code always [madvise] never}. */
    static final Path THP_MODE_FILE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    static final String HUGE_PAGES_OPTION = "-XX:+UseTransparentHugePages";
    /**
     * A service's JVM: the brief's heap ceiling, started small so memory is taken only as used, and the serial
     * collector (one thread, least memory of its own; pauses are short on heaps this size). The client compiler only
     * ({@code TieredStopAtLevel=1}): five JVMs booting on two cores spent half their start-up CPU in the optimising
     * compiler (cluster-service alone: 8.7 s of CPU to start, 4.8 s without it), and its code cache and arenas are
     * memory the embedded stack does not have. Deployments keep the full JIT (deploy/). A young generation of 8 MB
     * ({@code -Xmn8m}): the serial collector touches all of its eden between collections, and once grown under load
     * it stays resident in every service; what a request allocates dies young, so collections stay short. Heap and
     * code on transparent huge pages where Linux offers them on request ({@link #withHugePages}).
     */
    public static final List<String> DEFAULT_JAVA_OPTIONS = withHugePages(List.of("-Xmx256m", "-Xms32m", "-Xmn8m",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), System.getProperty("os.name", ""), THP_MODE_FILE);
    public static final String DATA_DIR_NAME = ".thidua-data";

    /**
     * {@code -XX:+UseTransparentHugePages} when the kernel gives huge pages to memory that asks ({@code [madvise]}).
     * A request that finds a service idle costs 2-4x on shared virtual cores; with its heap and compiled code on
     * fewer, larger pages it costs less, likely fewer TLB misses after the core ran something else (cluster-service,
     * roster write through the gateway from quiet, three alternating rounds: the service's CPU per write
     * 8.9/9.2/8.6 -> 8.0/7.9/8.2 ms, p50 12.6/12.3/11.5 -> 11.2/11.2/11.4 ms; RSS +5 MB). Not elsewhere: with
     * {@code [always]} the kernel gives them anyway, with {@code [never]} not at all, and only Linux knows the option.
     */
    static List<String> withHugePages(List<String> options, String osName, Path thpModeFile) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return options;
        }
        try {
            if (!Files.readString(thpModeFile).contains("[madvise]")) {
                return options;
            }
        } catch (IOException | SecurityException e) {
            return options;
        }
        List<String> withHugePages = new ArrayList<>(options);
        withHugePages.add(HUGE_PAGES_OPTION);
        return List.copyOf(withHugePages);
    }

    public StackConfig {
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        modules = modules.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ServiceModule.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(modules));
        javaOptions = List.copyOf(javaOptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port(ServiceModule module) {
        return servicePorts.get(module);
    }

    public String url(ServiceModule module) {
        return "http://localhost:" + port(module);
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(ServiceModule module) {
        return logsDir().resolve(module.moduleName() + ".log");
    }

    public Path jarOf(ServiceModule module) {
        return rootDir.resolve(module.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /**
     * Resolves each port as: explicit setting, else environment variable, else default plus offset.
     * The offset moves only defaults, so one explicit port stays where it was put.
     */
    public static final class Builder {
        private Path rootDir;
        private Path dataDir;
        private Integer portOffset;
        private Integer postgresPort;
        private Integer kafkaPort;
        private Integer kafkaControllerPort;
        private final Map<ServiceModule, Integer> servicePorts = new EnumMap<>(ServiceModule.class);
        private Set<ServiceModule> modules = EnumSet.allOf(ServiceModule.class);
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private List<String> javaOptions = DEFAULT_JAVA_OPTIONS;
        private boolean fresh;
        private boolean recordClassData = true;
        private Map<String, String> env = Map.of();

        private Builder() {
        }

        /** The repository root: module jars are found at {@code <root>/<module>/target/quarkus-app}. */
        public Builder rootDir(Path rootDir) {
            this.rootDir = rootDir;
            return this;
        }

        /** Defaults to {@code <root>/.thidua-data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder portOffset(int portOffset) {
            this.portOffset = portOffset;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        public Builder servicePort(ServiceModule module, int port) {
            servicePorts.put(module, port);
            return this;
        }

        /** Which services to start; an empty collection starts PostgreSQL and Kafka only. */
        public Builder modules(Collection<ServiceModule> modules) {
            this.modules = modules.isEmpty() ? EnumSet.noneOf(ServiceModule.class) : EnumSet.copyOf(modules);
            return this;
        }

        public Builder infrastructureOnly() {
            return modules(List.of());
        }

        public Builder readyTimeout(Duration readyTimeout) {
            this.readyTimeout = readyTimeout;
            return this;
        }

        /** JVM options of every service process (default {@code -Xmx256m}). */
        public Builder javaOptions(List<String> javaOptions) {
            this.javaOptions = List.copyOf(javaOptions);
            return this;
        }

        /** Wipe the data directory (PostgreSQL, Kafka, logs) before starting. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /**
         * Whether a service without a class-data archive records one (default): a stack that is started once and
         * thrown away (the end-to-end tests) maps the archives there are and records none, which would only cost it
         * CPU at the start and a minute at the stop.
         */
        public Builder recordClassData(boolean recordClassData) {
            this.recordClassData = recordClassData;
            return this;
        }

        /**
         * Fallbacks read from the environment: THIDUA_ROOT, THIDUA_DATA, THIDUA_PORT_OFFSET, THIDUA_PG_PORT,
         * THIDUA_KAFKA_PORT, THIDUA_KAFKA_CONTROLLER_PORT and THIDUA_&lt;SERVICE&gt;_PORT.
         */
        public Builder environment(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        /** Explicit, distinct free ports for everything: for tests that must not collide with a running stack. */
        public Builder randomFreePorts() {
            List<ServerSocket> held = new ArrayList<>();
            try {
                postgresPort = hold(held);
                kafkaPort = hold(held);
                kafkaControllerPort = hold(held);
                for (ServiceModule module : ServiceModule.values()) {
                    servicePorts.put(module, hold(held));
                }
            } finally {
                held.forEach(Builder::closeQuietly);
            }
            return this;
        }

        public StackConfig build() {
            Path root = (rootDir != null ? rootDir : envPath("THIDUA_ROOT", Path.of(""))).toAbsolutePath().normalize();
            Path data = (dataDir != null ? dataDir : envPath("THIDUA_DATA", root.resolve(DATA_DIR_NAME)))
                    .toAbsolutePath().normalize();
            int offset = portOffset != null ? portOffset : envNumber("THIDUA_PORT_OFFSET", 0);

            Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
            for (ServiceModule module : ServiceModule.values()) {
                ports.put(module, resolve(servicePorts.get(module), module.portEnvVar(), module.defaultPort() + offset));
            }
            StackConfig config = new StackConfig(root, data,
                    resolve(postgresPort, "THIDUA_PG_PORT", DEFAULT_POSTGRES_PORT + offset),
                    resolve(kafkaPort, "THIDUA_KAFKA_PORT", DEFAULT_KAFKA_PORT + offset),
                    resolve(kafkaControllerPort, "THIDUA_KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT + offset),
                    ports, modules, readyTimeout, javaOptions, fresh, recordClassData);
            checkPorts(config);
            return config;
        }

        private int resolve(Integer explicit, String envName, int fallback) {
            return explicit != null ? explicit : envNumber(envName, fallback);
        }

        private int envNumber(String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
            }
        }

        private Path envPath(String name, Path fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : Path.of(value);
        }

        private static void checkPorts(StackConfig config) {
            Map<String, Integer> named = new LinkedHashMap<>();
            named.put("PostgreSQL", config.postgresPort());
            named.put("Kafka", config.kafkaPort());
            named.put("Kafka controller", config.kafkaControllerPort());
            config.servicePorts().forEach((module, port) -> named.put(module.moduleName(), port));

            Map<Integer, String> seen = new HashMap<>();
            Set<String> problems = new LinkedHashSet<>();
            named.forEach((name, port) -> {
                if (port < 1 || port > 65535) {
                    problems.add(name + " port " + port + " is out of range");
                }
                String other = seen.putIfAbsent(port, name);
                if (other != null) {
                    problems.add("port " + port + " is given to both " + other + " and " + name);
                }
            });
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
        }

        private static int hold(List<ServerSocket> held) {
            try {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void closeQuietly(ServerSocket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // only freeing a probe socket
            }
        }
    }
}
