package org.csptransition.bench;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.ServiceProcess;
import org.csptransition.infra.SuiteService;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Service start time and memory: the infrastructure, then the four built services started together as separate
 * processes (as {@code ./suite up} does), the time until each answers ready, and each one's resident memory once all are up.
 */
class StartupBenchmark {

    @Test
    void startTimeAndMemory() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path dir = Path.of("target", "bench-startup", Long.toString(ProcessHandle.current().pid()));
        long infraStart = System.nanoTime();
        try (Infrastructure infra = Infrastructure.start(dir, Infrastructure.Ports.free(), false, Jwts.ephemeral())) {
            double infraSeconds = (System.nanoTime() - infraStart) / 1e9;
            List<ServiceProcess> services = new ArrayList<>();
            long start = System.nanoTime();
            for (SuiteService service : SuiteService.values()) {
                services.add(ServiceProcess.start(service, ServiceProcess.jarOf(root, service), Infrastructure.freePort(),
                        infra.serviceConfig(service), dir.resolve("logs")));
            }
            StringBuilder rows = new StringBuilder();
            try {
                double[] ready = new double[services.size()];
                for (int i = 0; i < services.size(); i++) {
                    services.get(i).awaitReady(Duration.ofSeconds(180));
                    ready[i] = (System.nanoTime() - start) / 1e9;
                }
                double all = (System.nanoTime() - start) / 1e9;
                for (int i = 0; i < services.size(); i++) {
                    rows.append(String.format(Locale.ROOT, "- %s: ready after %.1f s (all four started together), RSS %d MB%n",
                            services.get(i).service().serviceName(), ready[i], rssMegabytes(services.get(i).pid())));
                }
                rows.append(String.format(Locale.ROOT, "- Kafka broker RSS %d MB%n", rssMegabytes(infra.kafka().pid())));
                Machine.report("Start time and memory", String.format(Locale.ROOT,
                        "infrastructure (PostgreSQL, Kafka, SMTP in parallel) ready in %.1f s; the four services all ready %.1f s later%n%s",
                        infraSeconds, all, rows.toString().stripTrailing()));
            } finally {
                services.forEach(ServiceProcess::close);
            }
        }
    }

    private static long rssMegabytes(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("VmRSS")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(0) / 1024;
    }
}
