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
    private static final long PID = ProcessHandle.current().pid();

    @Test
    void shouldCountTheCpuTimeOfTheNamedThreadsOnly() throws InterruptedException {
        assumeTrue(ProcessFootprint.supported(), "needs Linux's /proc");
        ProcessFootprint.ThreadCpu before = ProcessFootprint.threadCpu(PID, "footprint-busy");
        BusyThread busy = BusyThread.start("footprint-busy-1");
        busy.awaitSpent();
        long counted = ProcessFootprint.threadCpu(PID, "footprint-busy").nanosSince(before);
        long other = ProcessFootprint.threadCpu(PID, "no-such-thread").nanosSince(before);
        busy.end();

        assertTrue(before.nanosByThread().isEmpty(), "no such thread before it started");
        assertTrue(counted >= BUSY_NANOS * 9 / 10 && counted < BUSY_NANOS * 10, "busy thread's CPU: " + counted);
        assertEquals(0, other);
    }

    @Test
    void shouldNotSubtractAThreadThatEndedInBetween() throws InterruptedException {
        assumeTrue(ProcessFootprint.supported(), "needs Linux's /proc");
        BusyThread ending = BusyThread.start("footprint-pool-1");
        ending.awaitSpent();
        ProcessFootprint.ThreadCpu before = ProcessFootprint.threadCpu(PID, "footprint-pool");
        ending.end(); // as a pool ends an idle thread
        BusyThread later = BusyThread.start("footprint-pool-2");
        later.awaitSpent();
        long counted = ProcessFootprint.threadCpu(PID, "footprint-pool").nanosSince(before);
        later.end();

        assertEquals(1, before.nanosByThread().size());
        // a difference of two totals says about 0 here: the second thread's 100 ms minus the first one's
        assertTrue(counted >= BUSY_NANOS * 9 / 10 && counted < BUSY_NANOS * 10, "the later thread's CPU: " + counted);
    }

    /** Spins until the JVM counts 100 ms of its CPU time, however long a busy machine makes that take, then waits. */
    private record BusyThread(Thread thread, CountDownLatch spent, CountDownLatch release) {

        static BusyThread start(String name) {
            CountDownLatch spent = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < BUSY_NANOS) {
                    Thread.onSpinWait();
                }
                spent.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            thread.start();
            return new BusyThread(thread, spent, release);
        }

        void awaitSpent() throws InterruptedException {
            assertTrue(spent.await(30, TimeUnit.SECONDS), thread.getName() + " did not get its CPU time");
        }

        void end() throws InterruptedException {
            release.countDown();
            thread.join();
        }
    }
}
