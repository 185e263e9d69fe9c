package org.csptransition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CPU time spent by the processes on this machine, grouped (the service, PostgreSQL, Kafka, the load generator, everything
 * else), from /proc: what a benchmark run cost each of them, to say where the time goes. Linux only; empty elsewhere.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** One process's group and CPU seconds (user + system) so far. */
    record Usage(String group, double seconds) {
    }

    /** Every process's CPU seconds right now, by pid. */
    static Map<Long, Usage> sample(Function<ProcessHandle, String> classify) {
        long self = ProcessHandle.current().pid();
        Map<Long, Usage> usage = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    String group = pid == self ? "load generator (this JVM)" : ProcessHandle.of(pid).map(classify).orElse("other");
                    usage.put(pid, new Usage(group, seconds));
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return usage;
    }

    /** CPU seconds each group spent between two samples (processes that ended meanwhile are not counted). */
    static Map<String, Double> between(Map<Long, Usage> before, Map<Long, Usage> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((pid, now) -> {
            Usage then = before.get(pid);
            double delta = now.seconds() - (then == null ? 0 : then.seconds());
            if (delta > 0) {
                spent.merge(now.group(), delta, Double::sum);
            }
        });
        return spent;
    }
}
