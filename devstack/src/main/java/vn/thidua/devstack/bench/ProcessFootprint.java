package vn.thidua.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Memory and CPU time of processes from Linux's /proc: resident set (VmRSS, shared pages counted in every process
 * that maps them, the conservative sum), proportional set (Pss, shared pages split between the processes) and CPU
 * time (user + system, of a process or of some of its threads).
 */
final class ProcessFootprint {

    /** Clock ticks per second of /proc/PID/stat; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessFootprint() {
    }

    static boolean supported() {
        return Files.isDirectory(Path.of("/proc/self"));
    }

    /** The process and everything it started (PostgreSQL's backends, say). */
    static List<Long> withDescendants(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).map(ProcessHandle::pid).toList())
                .orElse(List.of());
    }

    static long rssBytes(Collection<Long> pids) {
        return pids.stream().mapToLong(pid -> statusField(pid, "/status", "VmRSS:")).sum();
    }

    static long pssBytes(Collection<Long> pids) {
        return pids.stream().mapToLong(pid -> statusField(pid, "/smaps_rollup", "Pss:")).sum();
    }

    /** User plus system CPU time of one process so far, in nanoseconds (all its threads). */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name may hold spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /**
     * Time on a CPU so far of each of a process's threads whose name starts with {@code prefix}, from the scheduler's
     * own count (schedstat: exact, where /proc/PID/stat counts 10 ms ticks); empty for what is gone.
     */
    static ThreadCpu threadCpu(long pid, String prefix) {
        Map<Long, Long> nanos = new HashMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            threads.forEach(thread -> {
                try {
                    if (Files.readString(thread.resolve("comm")).startsWith(prefix)) {
                        String schedstat = Files.readString(thread.resolve("schedstat"));
                        nanos.put(Long.parseLong(thread.getFileName().toString()),
                                Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while listed
                }
            });
        } catch (IOException | RuntimeException gone) {
            // the process is gone
        }
        return new ThreadCpu(Map.copyOf(nanos));
    }

    /** CPU time by thread id, in nanoseconds. */
    record ThreadCpu(Map<Long, Long> nanosByThread) {

        /**
         * What the threads spent since {@code earlier}, thread by thread: a pool ends its idle threads, and a total
         * taken twice would lose an ended thread's whole count (the bench's first warm-up curve went negative). What a
         * thread spent between {@code earlier} and its end is not counted; one that started since counts in full.
         */
        long nanosSince(ThreadCpu earlier) {
            long sum = 0;
            for (Map.Entry<Long, Long> thread : nanosByThread.entrySet()) {
                long before = earlier.nanosByThread.getOrDefault(thread.getKey(), 0L);
                // a lower count is a new thread with a reused id
                sum += thread.getValue() >= before ? thread.getValue() - before : thread.getValue();
            }
            return sum;
        }
    }

    /** A "Name:   123 kB" line of a /proc file, in bytes; 0 when the process is gone. */
    private static long statusField(long pid, String file, String name) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + file))) {
            return lines.filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> Long.parseLong(l.substring(name.length()).replace("kB", "").trim()) * 1024)
                    .orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
