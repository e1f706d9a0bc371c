package vn.thidua.devstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stack per data directory. An OS file lock (released by the OS even if the launcher is killed) guards
 * the directory; the lock file holds the owner's pid for the error message.
 * <p>
 * The pids of the service processes are written beside it while they run. A launcher killed with SIGKILL
 * cannot stop its children, so the next run on the directory finds that file and stops them: otherwise they
 * would keep the ports and the database connections.
 */
final class DataDirLock implements AutoCloseable {

    static final String LOCK_FILE = "devstack.lock";
    static final String CHILDREN_FILE = "devstack.children";
    private static final Logger LOG = LoggerFactory.getLogger(DataDirLock.class);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(10);

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            String owner = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new StackStartException("Another devstack" + (owner.isEmpty() ? "" : " (pid " + owner + ")")
                    + " is already running on " + dataDir + ". Stop it first (Ctrl-C in its terminal), or use "
                    + "another --data directory and --port-offset.", null);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        DataDirLock acquired = new DataDirLock(dataDir, channel, lock);
        acquired.stopLeftoverChildren();
        return acquired;
    }

    /** Records the running service processes, for the cleanup of a later run if this one is killed. */
    void recordChildren(List<ServiceProcess> children) throws IOException {
        if (children.isEmpty()) {
            return;
        }
        String lines = children.stream()
                .filter(ServiceProcess::isAlive)
                .map(child -> child.pid() + " " + child.name())
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(dataDir.resolve(CHILDREN_FILE), lines, StandardCharsets.UTF_8);
    }

    void clearChildren() throws IOException {
        Files.deleteIfExists(dataDir.resolve(CHILDREN_FILE));
    }

    @Override
    public void close() throws IOException {
        try {
            clearChildren();
            lock.release();
        } finally {
            channel.close();
        }
    }

    /**
     * Only processes that still run a quarkus-run.jar are stopped, so a pid reused by something else since
     * the crash is left alone. All get SIGTERM first, then the wait is shared.
     */
    private void stopLeftoverChildren() throws IOException {
        Path file = dataDir.resolve(CHILDREN_FILE);
        if (!Files.exists(file)) {
            return;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split(" ", 2);
            parsePid(parts[0])
                    .flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false))
                    .ifPresent(leftover -> {
                        LOG.warn("Stopping {} (pid {}) left running by an earlier run",
                                parts.length > 1 ? parts[1] : "a service", leftover.pid());
                        leftover.destroy();
                        leftovers.add(leftover);
                    });
        }
        Instant deadline = Instant.now().plus(LEFTOVER_STOP_WAIT);
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                leftover.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                leftover.destroyForcibly();
            }
        }
        clearChildren();
    }

    private static Optional<Long> parsePid(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
