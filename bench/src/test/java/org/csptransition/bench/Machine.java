package org.csptransition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** What the numbers were measured on, and where they are written. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        long memoryKb = -1;
        try {
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException ignored) {
            // not Linux: leave it unknown
        }
        String cpu = "CPU unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst("^[^:]*:\\s*", "")).findFirst().orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: leave it unknown
        }
        return "%d cores (%s), %d GiB memory, %s %s, Java %s, measured %s".formatted(Runtime.getRuntime().availableProcessors(),
                cpu, Math.round(memoryKb / 1024.0 / 1024.0), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Instant.now());
    }

    /** Appends a result block to bench/target/results.md and prints it. */
    public static void report(String title, String body) {
        String block = "### " + title + "\n\n" + describe() + "\n\n" + body + "\n\n";
        System.out.println(block);
        try {
            Path file = Path.of("target", "results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, block, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
