package vn.thidua.devstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child JVM (or any command) with its output in a log file, a readiness URL and a graceful stop.
 */
public final class ServiceProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final URI readyUri;
    private Process process;

    public ServiceProcess(String name, List<String> command, Map<String, String> environment, Path logFile,
            URI readyUri) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.readyUri = readyUri;
    }

    /**
     * {@code <java> <options> <class-data sharing> -jar <jar>} with the JVM that runs the launcher; see
     * {@link ClassDataSharing}.
     */
    public static List<String> javaCommand(List<String> javaOptions, Path jar, boolean recordClassData) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(javaOptions);
        if (Files.isRegularFile(jar)) {
            command.addAll(recordClassData ? ClassDataSharing.options(jar) : ClassDataSharing.archiveOptions(jar));
        }
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    public synchronized void start() throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * Polls the readiness URL until it answers 200.
     *
     * @throws StackStartException if the process exits first or the deadline passes, with the log's tail
     */
    public void awaitReady(HttpClient http, Instant deadline) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(readyUri).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new StackStartException(name + " exited"
                        + (running == null ? "" : " with code " + running.exitValue()) + " before it was ready",
                        name, logFile, logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // connection refused until the HTTP server is up
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackStartException(name + " was not ready at " + readyUri + " in time", name, logFile,
                        logTail());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully on it); nothing else. Use {@link #awaitStop} after. */
    public synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Waits until the process has exited or the deadline passed, then kills it and whatever it started.
     * Descendants are collected first: once the parent is gone they are no longer reachable from it. A class-data
     * archive it recorded is kept only when it exited by itself ({@link ClassDataSharing#recordingEnded}).
     */
    public void awaitStop(Instant deadline) throws InterruptedException {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            return;
        }
        List<ProcessHandle> descendants = running.descendants().toList();
        long waitMs = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        boolean exitedByItself = running.waitFor(waitMs, TimeUnit.MILLISECONDS);
        if (!exitedByItself) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
            running.waitFor(5, TimeUnit.SECONDS);
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        Optional<Path> recording = ClassDataSharing.recordingOf(command);
        if (recording.isPresent()) {
            try {
                ClassDataSharing.recordingEnded(recording.get(),
                        exitedByItself && ClassDataSharing.endedByItself(running));
            } catch (IOException e) {
                LOG.warn("Could not keep the class-data archive {} of {}", recording.get(), name, e);
            }
        }
    }

    /** Immediately, with whatever the process started. */
    public void kill() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized Process process() {
        return process;
    }

    /** True when this JVM writes its class-data archive as it exits, which makes its stop take far longer. */
    public boolean recordsClassData() {
        return ClassDataSharing.recordingOf(command).isPresent();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, read from the end so a large log costs nothing. */
    public String logTail() {
        return tail(logFile, LOG_TAIL_LINES);
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int chunk = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[chunk];
            in.seek(length - chunk);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), Arrays.copyOfRange(all, from, all.length));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static File nullDevice() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new File(windows ? "NUL" : "/dev/null");
    }
}
