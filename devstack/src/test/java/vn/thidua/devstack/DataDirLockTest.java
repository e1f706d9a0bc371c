package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path data;

    @Test
    void secondStackOnTheSameDataDirIsRefusedUntilTheFirstCloses() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(data)) {
            StackStartException e = assertThrows(StackStartException.class, () -> DataDirLock.acquire(data));
            assertTrue(e.getMessage().contains("already running on " + data), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        DataDirLock.acquire(data).close();
    }

    @Test
    void stopsServicesLeftRunningByAKilledLauncher() throws Exception {
        ServiceProcess orphan = FakeServices.fake(data, "normal", 0, "quarkus-run.jar");
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            orphan.start();
            orphan.awaitReady(HttpClient.newHttpClient(), Instant.now().plusSeconds(60));
            Files.writeString(data.resolve(DataDirLock.CHILDREN_FILE),
                    orphan.pid() + " cluster-service\n" + unrelated.pid() + " sleep\n");

            DataDirLock.acquire(data).close();

            assertTrue(orphan.process().waitFor(15, TimeUnit.SECONDS), "orphan stopped");
            assertTrue(unrelated.isAlive(), "a process that is not a service is left alone");
            assertFalse(Files.exists(data.resolve(DataDirLock.CHILDREN_FILE)));
        } finally {
            orphan.kill();
            unrelated.destroyForcibly();
        }
    }

    @Test
    void recordsOnlyRunningChildren() throws Exception {
        try (DataDirLock lock = DataDirLock.acquire(data)) {
            lock.recordChildren(List.of());
            assertFalse(Files.exists(data.resolve(DataDirLock.CHILDREN_FILE)));
        }
    }
}
