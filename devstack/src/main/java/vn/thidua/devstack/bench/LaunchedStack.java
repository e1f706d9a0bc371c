package vn.thidua.devstack.bench;

import static vn.thidua.devstack.ClassDataSharing.MAP_OPTION;
import static vn.thidua.devstack.ClassDataSharing.RECORD_OPTION;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import vn.thidua.devstack.ClassDataSharing;
import vn.thidua.devstack.PostgresNode;
import vn.thidua.devstack.ServiceModule;
import vn.thidua.devstack.StackConfig;

/**
 * The stack the bench measures, started as a user starts it: {@code up} in a launcher process of its own, so its
 * memory is the launcher's, Kafka's and the services' alone (the load generator runs in the bench's process) and
 * its launch includes the launcher's own start. Stopped with SIGTERM, as Ctrl-C stops {@code ./thidua up}.
 */
public final class LaunchedStack implements AutoCloseable {

    private static final String READY = "All services ready after";
    /** Above the launcher's own wait for services that write their class-data archives (DevStack). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(150);

    private final StackConfig config;
    private final Process launcher;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean stoppedByItself;
    /** A bench stopped by a signal stops its stack too (Ctrl-C reaches both, a kill of the bench alone does not). */
    private final Thread stopOnExit;

    private LaunchedStack(StackConfig config, Process launcher, PrintStream out) {
        this.config = config;
        this.launcher = launcher;
        this.stopOnExit = new Thread(launcher::destroy, "bench-stop-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Thread echo = new Thread(() -> echo(out), "bench-launcher-output");
        echo.setDaemon(true);
        echo.start();
    }

    /**
     * Runs {@code up} on the config's data directory and ports with this JVM's own options but {@code archive} for
     * its class-data archive options, the services getting {@code environment} on top of the launcher's.
     */
    public static LaunchedStack start(StackConfig config, List<String> archive, Map<String, String> environment,
            PrintStream out) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launcherOptions(ManagementFactory.getRuntimeMXBean().getInputArguments(), archive));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.thidua.devstack.Main");
        command.add("up");
        command.add("--root");
        command.add(config.rootDir().toString());
        command.add("--data");
        command.add(config.dataDir().toString());
        command.add("--timeout");
        command.add(Long.toString(config.readyTimeout().toSeconds()));
        command.addAll(List.of("--pg-port", Integer.toString(config.postgresPort()),
                "--kafka-port", Integer.toString(config.kafkaPort()),
                "--kafka-controller-port", Integer.toString(config.kafkaControllerPort())));
        for (ServiceModule module : ServiceModule.values()) {
            command.add(module.portFlag());
            command.add(Integer.toString(config.port(module)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new LaunchedStack(config, builder.start(), out);
    }

    /**
     * This JVM's options for a launcher of its own, with {@code archive} instead of this JVM's class-data archive
     * options: this JVM writes its own recording when it exits, long after the launcher needed it.
     */
    static List<String> launcherOptions(List<String> inputArguments, List<String> archive) {
        List<String> options = new ArrayList<>();
        inputArguments.stream().filter(option -> !option.startsWith(RECORD_OPTION) && !option.startsWith(MAP_OPTION))
                .forEach(options::add);
        options.addAll(archive);
        return options;
    }

    /**
     * The class-data archive options the measured launcher gets, as a second {@code ./thidua up} would: this JVM's
     * archive when it maps one; when it records one (the first bench after a build) a start and stop of a launcher
     * of its own first records one in the data directory; none when this JVM has none either.
     */
    public static List<String> archiveForMeasuredStart(StackConfig config, Map<String, String> environment,
            PrintStream out) throws IOException, InterruptedException {
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> mapped = own.stream().filter(option -> option.startsWith(MAP_OPTION)).findFirst();
        if (mapped.isPresent()) {
            return List.of(mapped.get());
        }
        if (own.stream().noneMatch(option -> option.startsWith(RECORD_OPTION))) {
            return List.of();
        }
        Path archive = config.dataDir().resolve("launcher-cds.jsa");
        out.println("bench: the launcher has no class-data archive yet (the first bench after a build): a start and "
                + "stop record one in " + archive + ", as the first ./thidua up would");
        LaunchedStack recording = start(config, List.of(RECORD_OPTION + archive), environment, out);
        try (recording) {
            recording.awaitReady(config.readyTimeout());
        }
        // a launcher killed while it wrote the archive left part of one, which the JVM would ignore or die of
        if (!recording.stoppedByItself()) {
            Files.deleteIfExists(archive);
        }
        return Files.isRegularFile(archive) ? List.of(MAP_OPTION + archive) : List.of();
    }

    /** Waits until the launcher reports every service ready. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.await(200, TimeUnit.MILLISECONDS)) {
            if (!launcher.isAlive()) {
                throw new IOException("The launcher exited (" + launcher.exitValue() + ") before the stack was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("The stack was not ready within " + timeout);
            }
        }
    }

    public StackConfig config() {
        return config;
    }

    public long launcherPid() {
        return launcher.pid();
    }

    /** The postmaster: pg_ctl detaches it from the launcher, so it is found through its pid file. */
    public Optional<Long> postgresPid() {
        return PostgresNode.readPostmasterPid(config.postgresDir());
    }

    /** A service's JVM: the launcher's child that runs that module's jar. */
    public Optional<Long> servicePid(ServiceModule module) {
        Path jar = config.jarOf(module).toAbsolutePath().normalize();
        return launcher.toHandle().children()
                .filter(child -> child.info().arguments()
                        .map(args -> List.of(args).stream().anyMatch(arg -> isJar(arg, jar))).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    private static boolean isJar(String argument, Path jar) {
        try {
            return argument.endsWith(".jar") && Path.of(argument).toAbsolutePath().normalize().equals(jar);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private void echo(PrintStream out) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println("  | " + line);
                if (line.contains(READY)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the launcher is gone; awaitReady and close notice
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook stops the launcher as well
        }
        launcher.destroy();
        if (launcher.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            stoppedByItself = ClassDataSharing.endedByItself(launcher);
        } else {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** True once {@link #close} saw the launcher end by itself, after its shutdown on SIGTERM or SIGINT. */
    boolean stoppedByItself() {
        return stoppedByItself;
    }
}
