package vn.thidua.devstack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ProcessFootprintTest {

    private static final long BUSY_NANOS = 100_000_000;

    @Test
    void shouldCountTheCpuTimeOfTheNamedThreadsOnly() throws InterruptedException {
        assumeTrue(ProcessFootprint.supported(), "needs Linux's /proc");
        long pid = ProcessHandle.current().pid();
        CountDownLatch spent = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        // spins until the JVM counts 100 ms of its CPU time, however long a busy machine makes that take
        Thread busy = new Thread(() -> {
            while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < BUSY_NANOS) {
                Thread.onSpinWait();
            }
            spent.countDown();
            try {
                read.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "footprint-busy-1");
        long before = ProcessFootprint.threadCpuNanos(pid, "footprint-busy");
        busy.start();
        assertTrue(spent.await(30, TimeUnit.SECONDS));
        long counted = ProcessFootprint.threadCpuNanos(pid, "footprint-busy");
        long other = ProcessFootprint.threadCpuNanos(pid, "no-such-thread");
        read.countDown();
        busy.join();

        assertEquals(0, before, "no such thread before it started");
        assertTrue(counted >= BUSY_NANOS * 9 / 10 && counted < BUSY_NANOS * 10, "busy thread's CPU: " + counted);
        assertEquals(0, other);
    }
}
