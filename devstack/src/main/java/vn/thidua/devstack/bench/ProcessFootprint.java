package vn.thidua.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
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
     * Time on a CPU so far of a process's threads whose name starts with {@code prefix}, in nanoseconds, from the
     * scheduler's own count (schedstat: exact, where /proc/PID/stat counts 10 ms ticks); 0 for what is gone.
     */
    static long threadCpuNanos(long pid, String prefix) {
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.mapToLong(thread -> {
                try {
                    if (!Files.readString(thread.resolve("comm")).startsWith(prefix)) {
                        return 0;
                    }
                    String schedstat = Files.readString(thread.resolve("schedstat"));
                    return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException gone) {
            return 0;
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
