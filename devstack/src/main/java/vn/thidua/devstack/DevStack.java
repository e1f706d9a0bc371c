package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on one machine: embedded PostgreSQL and Kafka in this JVM, each service as a child JVM.
 *
 * <pre>{@code
 * StackConfig config = DevStack.builder().rootDir(repoRoot).dataDir(tmp).randomFreePorts().build();
 * try (DevStack stack = new DevStack(config)) {
 *     stack.start();                       // returns once every service answers /q/health/ready
 *     given().baseUri(stack.gatewayUrl())...
 * }
 * }</pre>
 *
 * {@link #close()} (also run by a shutdown hook on Ctrl-C or SIGTERM) stops the services, then Kafka, then
 * PostgreSQL, and leaves no process behind.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);
    /** Quarkus drains requests and closes Kafka clients on SIGTERM; past this it is killed. */
    static final Duration SERVICE_STOP_WAIT = Duration.ofSeconds(15);
    /**
     * The first stop after a build also writes each service's class-data archive (ClassDataSharing): five at once took
     * 46-56 s on two cores, one alone 18 s. A service killed before it finished has written nothing that counts, and
     * the next start records again, so the wait is generous.
     */
    static final Duration SERVICE_STOP_WAIT_RECORDING = Duration.ofSeconds(120);

    private final StackConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<ServiceModule, ServiceProcess> services = new EnumMap<>(ServiceModule.class);
    private final Thread shutdownHook = new Thread(this::close, "devstack-shutdown");
    private final PostgresNode postgres;
    private final KafkaNode kafka;

    private DataDirLock lock;
    private volatile boolean started;
    private volatile boolean closing;
    /** Set once every service was ready: from then on a service that exits is worth a warning. */
    private volatile boolean ready;
    private volatile Thread startingThread;
    private final CountDownLatch startFinished = new CountDownLatch(1);

    public DevStack(StackConfig config) {
        this.config = config;
        this.postgres = new PostgresNode(config.postgresDir(), config.postgresPort(),
                config.logsDir().resolve("postgres.log"));
        this.kafka = new KafkaNode(config.kafkaDir(), config.kafkaPort(), config.kafkaControllerPort());
    }

    /** Shorthand for {@link StackConfig#builder()}. */
    public static StackConfig.Builder builder() {
        return StackConfig.builder();
    }

    /**
     * Starts PostgreSQL and Kafka (in parallel), creates missing databases and topics, launches the configured
     * services (in parallel) and waits until all are ready. On failure everything started is stopped again.
     *
     * @throws StackStartException naming what failed (for a service, with the tail of its log)
     */
    public DevStack start() {
        synchronized (this) {
            if (started || closing) {
                throw new IllegalStateException("a DevStack starts once; create a new one");
            }
            started = true;
            startingThread = Thread.currentThread();
        }
        Instant begin = Instant.now();
        try {
            lock = DataDirLock.acquire(config.dataDir());
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            PostgresNode.stopLeftover(config.postgresDir());
            if (config.fresh()) {
                wipeDataDir();
            }
            DevKeys.of(config.dataDir()); // the key pair the services will trust, made on first start
            checkBuilt();
            checkPortsFree();
            Future<?> broker = startInfrastructure();
            LOG.info("Databases ready after {} ms", millisSince(begin));
            // The services boot for seconds before their first Kafka call: the broker comes up meanwhile
            launchServices();
            await(broker, "Kafka");
            kafka.ensureTopics();
            LOG.info("Kafka and topics ready after {} ms", millisSince(begin));
            waitHealthy();
            if (!config.modules().isEmpty()) {
                LOG.info("All services ready after {} s", Duration.between(begin, Instant.now()).toSeconds());
            }
            ready = true;
            return this;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopAll();
            throw new StackStartException("Start interrupted", e);
        } catch (IOException | SQLException | RuntimeException e) {
            boolean aborted = closing;
            stopAll();
            if (aborted && !(e instanceof StackStartException)) {
                throw new StackStartException("Start aborted: stopping", e);
            }
            throw e instanceof StackStartException sse ? sse
                    : new StackStartException("Could not start the stack: " + e.getMessage(), e);
        } finally {
            startingThread = null;
            startFinished.countDown();
        }
    }

    /** Waits (up to the configured ready timeout) until every started service answers /q/health/ready. */
    public void waitHealthy() throws InterruptedException {
        waitHealthy(config.readyTimeout());
    }

    /**
     * Polls every started service's readiness in parallel; the first failure (a process that exits, or the
     * deadline) stops the wait.
     */
    public void waitHealthy(Duration timeout) throws InterruptedException {
        List<ServiceProcess> pending;
        synchronized (this) {
            pending = List.copyOf(services.values());
        }
        if (pending.isEmpty()) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        ExecutorService pool = Executors.newFixedThreadPool(pending.size(), daemon("devstack-ready"));
        try {
            CompletionService<ServiceProcess> done = new ExecutorCompletionService<>(pool);
            for (ServiceProcess service : pending) {
                done.submit(() -> {
                    service.awaitReady(http, deadline);
                    return service;
                });
            }
            for (int i = 0; i < pending.size(); i++) {
                ServiceProcess ready = done.take().get();
                LOG.info("{} ready on port {}", ready.name(), config.port(ServiceModule.parse(ready.name())));
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StackStartException("Readiness check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops the broker, keeping its data; the services' Kafka clients retry until {@link #startKafka()}. */
    public void stopKafka() {
        LOG.info("Stopping Kafka");
        kafka.close();
    }

    /** Starts the broker again on the same ports and data (topics and committed offsets survive). */
    public void startKafka() throws IOException {
        Instant begin = Instant.now();
        kafka.start();
        kafka.ensureTopics();
        LOG.info("Kafka started on port {} in {} ms", config.kafkaPort(), millisSince(begin));
    }

    /** Crashes PostgreSQL (SIGKILL, no checkpoint); the services' connections fail until {@link #startPostgres()}. */
    public void killPostgres() throws IOException {
        LOG.info("Killing PostgreSQL");
        postgres.kill();
    }

    /** Starts PostgreSQL again on the same port and data (after crash recovery). */
    public void startPostgres() throws IOException {
        Instant begin = Instant.now();
        postgres.start();
        LOG.info("PostgreSQL started on port {} in {} ms", config.postgresPort(), millisSince(begin));
    }

    /** Kills a service with SIGKILL, as a crash or the OOM killer would; nothing of it runs afterwards. */
    public void killService(ServiceModule module) throws InterruptedException {
        ServiceProcess service;
        synchronized (this) {
            service = services.get(module);
        }
        if (service == null) {
            throw new IllegalStateException(module.moduleName() + " was not started");
        }
        service.process().destroyForcibly();
        service.process().waitFor();
    }

    /** Starts a service that stopped (e.g. {@link #killService}) again and waits until it is ready. */
    public void restartService(ServiceModule module, Duration timeout) throws IOException, InterruptedException {
        ServiceProcess service = new ServiceProcess(module.moduleName(),
                ServiceProcess.javaCommand(config.javaOptions(), config.jarOf(module), config.recordClassData()),
                environmentFor(config, module), config.logFile(module),
                URI.create(config.url(module) + "/q/health/ready"));
        service.start();
        synchronized (this) {
            services.put(module, service);
        }
        service.awaitReady(http, Instant.now().plus(timeout));
    }

    public boolean isKafkaRunning() {
        return kafka.isRunning();
    }

    @Override
    public void close() {
        closing = true;
        Thread starter = startingThread;
        if (starter != null && starter != Thread.currentThread()) {
            // Ctrl-C during start: the starting thread stops at its next step and cleans up what it started
            starter.interrupt();
            try {
                startFinished.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopAll();
    }

    public StackConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return config.url(ServiceModule.GATEWAY);
    }

    public String serviceUrl(ServiceModule module) {
        return config.url(module);
    }

    public String swaggerUiUrl() {
        return gatewayUrl() + "/q/swagger-ui";
    }

    /** The OpenAPI document the gateway merges from the services. */
    public String openApiUrl() {
        return gatewayUrl() + "/q/openapi";
    }

    /** JDBC URL of a database (user postgres, password postgres). */
    public String jdbcUrl(String database) {
        return config.jdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    public Path logFile(ServiceModule module) {
        return config.logFile(module);
    }

    /** The PostgreSQL server's main process (its backends are its children), while it runs. */
    public Optional<Long> postgresPid() {
        return postgres.pid();
    }

    /** The child process of a started service, e.g. to check it is alive. */
    public synchronized Optional<Process> process(ServiceModule module) {
        return Optional.ofNullable(services.get(module)).map(ServiceProcess::process);
    }

    /** The environment a service process gets on top of the launcher's own. */
    static Map<String, String> environmentFor(StackConfig config, ServiceModule module) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(config.port(module)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        module.database().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(db));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            // Two cores serve no more than a few statements at once: more connections only hold PostgreSQL
            // backends (about 15 MB each once they have worked), and idle ones are closed within a minute.
            env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8");
            env.put("QUARKUS_DATASOURCE_JDBC_IDLE_REMOVAL_INTERVAL", "PT1M");
        });
        // Every service and the gateway trust the devstack's key pair (DevKeys), with the same issuer and audience
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevKeys.publicKeyFile(config.dataDir()).toAbsolutePath()
                .toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", DevKeys.AUDIENCE);
        if (module.isGateway()) {
            for (ServiceModule service : ServiceModule.values()) {
                if (!service.isGateway()) {
                    env.put(service.gatewayUrlEnvVar(), config.url(service));
                }
            }
        }
        return env;
    }

    /** Starts PostgreSQL (with the databases, when this returns) and Kafka (ready when the future is done). */
    private Future<?> startInfrastructure() throws IOException, SQLException, InterruptedException {
        Files.createDirectories(config.logsDir());
        ExecutorService pool = Executors.newFixedThreadPool(2, daemon("devstack-infra"));
        try {
            Future<?> pg = pool.submit(() -> {
                Instant begin = Instant.now();
                postgres.start();
                LOG.info("PostgreSQL started on port {} in {} ms", config.postgresPort(), millisSince(begin));
                return null;
            });
            Future<?> broker = pool.submit(() -> {
                Instant begin = Instant.now();
                kafka.start();
                LOG.info("Kafka started on port {} in {} ms", config.kafkaPort(), millisSince(begin));
                return null;
            });
            await(pg, "PostgreSQL");
            postgres.ensureDatabases(ServiceModule.databases());
            return broker;
        } finally {
            pool.shutdown(); // the broker's start goes on
        }
    }

    private void launchServices() throws IOException {
        for (ServiceModule module : config.modules()) {
            abortIfClosing();
            ServiceProcess service = new ServiceProcess(module.moduleName(),
                    ServiceProcess.javaCommand(config.javaOptions(), config.jarOf(module), config.recordClassData()),
                    environmentFor(config, module), config.logFile(module),
                    URI.create(config.url(module) + "/q/health/ready"));
            synchronized (this) {
                services.put(module, service);
            }
            service.start();
            service.process().onExit().thenAccept(p -> {
                if (ready && !closing) {
                    LOG.warn("{} exited with code {}; see {}", module.moduleName(), p.exitValue(),
                            config.logFile(module));
                }
            });
            LOG.info("Launched {} (pid {}) on port {}, log {}", module.moduleName(), service.pid(),
                    config.port(module), config.logFile(module));
        }
        lock.recordChildren(List.copyOf(services.values()));
    }

    /** Stops services, then Kafka, then PostgreSQL; safe to call more than once. */
    private synchronized void stopAll() {
        closing = true;
        // an interrupted start still stops gracefully; the flag is restored at the end
        boolean interrupted = Thread.interrupted();
        Instant begin = Instant.now();
        boolean anything = !services.isEmpty() || kafka.isRunning() || postgres.isRunning();
        if (!services.isEmpty()) {
            boolean recording = services.values().stream().anyMatch(ServiceProcess::recordsClassData);
            LOG.info("Stopping {}{}", services.values().stream().map(ServiceProcess::name).toList(), recording
                    ? "; as this is the first stop after a build, they write their class-data archives first (about a"
                            + " minute), so that later starts take less CPU"
                    : "");
            services.values().forEach(ServiceProcess::requestStop);
            Instant deadline = Instant.now().plus(recording ? SERVICE_STOP_WAIT_RECORDING : SERVICE_STOP_WAIT);
            for (ServiceProcess service : services.values()) {
                try {
                    service.awaitStop(deadline);
                } catch (InterruptedException e) {
                    interrupted = true;
                    service.kill();
                }
            }
            services.clear();
        }
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.error("Stopping PostgreSQL failed", e);
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Could not release {}", config.dataDir().resolve(DataDirLock.LOCK_FILE), e);
            }
            lock = null;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
        if (anything) {
            LOG.info("Stopped in {} ms", millisSince(begin));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkBuilt() {
        BuildCheck.Result result = BuildCheck.check(config, config.modules());
        if (!result.missing().isEmpty()) {
            throw new StackStartException("Not built: " + result.missing().stream()
                    .map(m -> m.moduleName() + " (no " + config.jarOf(m) + ")").toList()
                    + ". Build with ./mvnw -DskipTests package, or start with ./thidua up which builds first.", null);
        }
        if (!result.stale().isEmpty()) {
            LOG.warn("Sources changed since the last build of {}: running the old jars (./thidua up rebuilds)",
                    result.stale().stream().map(ServiceModule::moduleName).toList());
        }
    }

    /** Fails before starting anything if a port is taken, rather than with a service's bind error. */
    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", config.postgresPort());
        ports.put("Kafka", config.kafkaPort());
        ports.put("Kafka controller", config.kafkaControllerPort());
        config.modules().forEach(m -> ports.put(m.moduleName(), config.port(m)));
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(port));
            } catch (BindException e) {
                taken.add(port + " (" + name + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackStartException("Ports already in use: " + String.join(", ", taken)
                    + ". Stop what uses them, or move the stack with --port-offset N.", null);
        }
    }

    /** Everything but the lock file, which this run holds. */
    private void wipeDataDir() throws IOException {
        LOG.info("Wiping {}", config.dataDir());
        Path lockFile = config.dataDir().resolve(DataDirLock.LOCK_FILE);
        try (Stream<Path> paths = Files.walk(config.dataDir())) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(lockFile) && !path.equals(config.dataDir())) {
                    Files.delete(path);
                }
            }
        }
    }

    private void abortIfClosing() {
        if (closing) {
            throw new StackStartException("Start aborted: stopping", null);
        }
    }

    private static void await(Future<?> future, String what) throws IOException, InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new IOException(what + " did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static long millisSince(Instant begin) {
        return Duration.between(begin, Instant.now()).toMillis();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
