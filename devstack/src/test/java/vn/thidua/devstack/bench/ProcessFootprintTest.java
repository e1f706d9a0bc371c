package vn.thidua.devstack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ProcessFootprintTest {

    @Test
    void shouldCountTheCpuTimeOfTheNamedThreadsOnly() throws InterruptedException {
        assumeTrue(ProcessFootprint.supported(), "needs Linux's /proc");
        long pid = ProcessHandle.current().pid();
        long before = ProcessFootprint.threadCpuNanos(pid, "footprint-busy");
        Thread busy = new Thread(() -> {
            long until = System.nanoTime() + 200_000_000;
            long spins = 0;
            while (System.nanoTime() < until) {
                spins++;
            }
            assertTrue(spins > 0);
        }, "footprint-busy-1");
        busy.start();
        long during = 0;
        while (busy.isAlive()) {
            during = Math.max(during, ProcessFootprint.threadCpuNanos(pid, "footprint-busy"));
            Thread.sleep(20);
        }
        busy.join();

        assertEquals(0, before, "no such thread before it started");
        // 200 ms of spinning, of which a shared machine may take some away; a thread that is gone counts nothing
        assertTrue(during > 50_000_000, "busy thread's CPU: " + during + " ns");
        assertEquals(0, ProcessFootprint.threadCpuNanos(pid, "no-such-thread"));
    }
}
