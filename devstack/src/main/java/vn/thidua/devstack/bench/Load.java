package vn.thidua.devstack.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Closed-loop HTTP load: each connection sends its next request as soon as the previous answer is read. */
final class Load {

    /** Requests answered per second over the measured window, and how many were not 2xx/3xx. */
    record Throughput(double perSecond, long requests, long errors, double seconds) {
    }

    private Load() {
    }

    /**
     * {@code connections} connections, each on its own thread, for {@code warmupMillis} not counted then
     * {@code measureMillis} counted.
     */
    static Throughput throughput(int port, byte[] request, int connections, long warmupMillis, long measureMillis)
            throws InterruptedException {
        AtomicLong counted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000;
        long measureTo = measureFrom + measureMillis * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection("localhost", port)) {
                    while (true) {
                        HttpConnection.Answer answer = connection.exchange(request);
                        long now = System.nanoTime();
                        if (now >= measureTo) {
                            return;
                        }
                        if (now >= measureFrom) {
                            counted.incrementAndGet();
                            if (answer.status() >= 400) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            }, "bench-load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = measureMillis / 1000.0;
        return new Throughput(counted.get() / seconds, counted.get(), errors.get(), seconds);
    }

    /** One request at a time on one connection: {@code warmup} not recorded, then {@code samples} recorded. */
    static Samples latency(int port, byte[] request, int warmup, int samples) throws IOException {
        Samples result = new Samples();
        try (HttpConnection connection = new HttpConnection("localhost", port)) {
            for (int i = 0; i < warmup + samples; i++) {
                long begin = System.nanoTime();
                HttpConnection.Answer answer = connection.exchange(request);
                long took = System.nanoTime() - begin;
                if (answer.status() >= 400) {
                    throw new IOException("Answered " + answer.status() + ": " + answer.text());
                }
                if (i >= warmup) {
                    result.add(took);
                }
            }
        }
        return result;
    }

    static void pause(long nanos) {
        LockSupport.parkNanos(nanos);
    }
}
