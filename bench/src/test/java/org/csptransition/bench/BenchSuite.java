package org.csptransition.bench;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.ServiceProcess;
import org.csptransition.infra.SuiteService;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real infrastructure plus the chosen services as separate processes, on free ports, for one benchmark class. */
public final class BenchSuite implements AutoCloseable {

    public final Infrastructure infra;
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);

    private BenchSuite(Infrastructure infra) {
        this.infra = infra;
    }

    /**
     * A service's configuration for a benchmark: one tenant sends thousands of requests a minute, which the per-tenant
     * rate limits would refuse; the benchmarks measure the service, so the limiter is off.
     */
    static Map<String, String> config(Infrastructure infra, SuiteService service) {
        Map<String, String> config = new LinkedHashMap<>(infra.serviceConfig(service));
        config.put("csp.rate-limits.enabled", "false");
        if (service == SuiteService.NOTIFICATION) {
            // the webhook benchmark's receiver listens on loopback, over plain http
            config.put("notification.webhooks.allow-private-targets", "true");
        }
        return config;
    }

    public static BenchSuite start(String name, SuiteService... wanted) {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path dir = Path.of("target", "bench-" + name, Long.toString(ProcessHandle.current().pid()));
        BenchSuite suite = new BenchSuite(Infrastructure.start(dir, Infrastructure.Ports.free(), false, Jwts.ephemeral()));
        for (SuiteService service : wanted) {
            ServiceProcess process = ServiceProcess.start(service, ServiceProcess.jarOf(root, service), Infrastructure.freePort(),
                    config(suite.infra, service), dir.resolve("logs"));
            suite.services.put(service, process);
        }
        suite.services.values().forEach(s -> s.awaitReady(Duration.ofSeconds(180)));
        return suite;
    }

    public String url(SuiteService service) {
        return services.get(service).baseUrl();
    }

    public Connection database() throws SQLException {
        return DriverManager.getConnection(infra.postgres().adminJdbcUrl());
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        infra.close();
    }
}
