package org.csptransition.system;

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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The whole suite as in production: the four built services as separate processes on the real infrastructure,
 * on free ports. Started once per test JVM, stopped with it.
 */
final class RunningSuite {

    private static RunningSuite shared;

    final Infrastructure infra;
    /** The one browser origin every service admits (CORS); PortalBrowserIT serves the portal page there. */
    final int portalPort = Infrastructure.freePort();
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, Map<String, String>> configs = new EnumMap<>(SuiteService.class);
    private final java.util.List<ServiceProcess> replicas = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Path root;
    private Path dir;

    /** The project's root: each service's build is in {@code <root>/<service>/target}. */
    Path root() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    private RunningSuite(Infrastructure infra) {
        this.infra = infra;
    }

    static synchronized RunningSuite shared() {
        if (shared == null) {
            Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
            Path dir = Path.of("target", "suite", Long.toString(ProcessHandle.current().pid()));
            Infrastructure infra = Infrastructure.start(dir, Infrastructure.Ports.free(), false, Jwts.ephemeral());
            RunningSuite suite = new RunningSuite(infra);
            suite.root = root;
            suite.dir = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "suite-stop"));
            for (SuiteService service : SuiteService.values()) {
                Map<String, String> config = new java.util.HashMap<>(infra.serviceConfig(service));
                config.put("quarkus.log.file.enabled", "false");
                config.put("quarkus.http.cors.origins", suite.portalOrigin());
                // the fuzz test sends thousands of requests as one tenant; the limiter itself is proven in platform-http
                config.put("csp.rate-limits.reads.requests", "1000000");
                config.put("csp.rate-limits.writes.requests", "1000000");
                config.put("csp.rate-limits.bulk.requests", "1000000");
                // a key whose request died with its process or its database connection is free again after 10 s instead
                // of a minute, so ChaosIT's retried transfer acceptances land before the short expiry below
                config.put("platform.http.idempotency.abandoned-after", "PT10S");
                if (service == SuiteService.NOTIFICATION) {
                    // an e-mail sent while its outcome could not be recorded (the database died) goes again with the same
                    // Message-ID once its lease ends: 20 s instead of 5 minutes, so ChaosIT's reconciliation sees it SENT
                    config.put("notification.delivery.send-timeout", "PT10S");
                    config.put("notification.delivery.lease", "PT20S");
                    // the tests' webhook receivers listen on loopback, over plain http
                    config.put("notification.webhooks.allow-private-targets", "true");
                }
                if (service == SuiteService.TRANSFER) {
                    // short-lived requests, so the journey test can watch one expire (T7) within its time budget
                    config.put("transfer.expiration", "PT40S");
                    config.put("transfer.expiry.interval", "1s");
                }
                suite.configs.put(service, Map.copyOf(config));
                suite.services.put(service, ServiceProcess.start(service, ServiceProcess.jarOf(root, service),
                        Infrastructure.freePort(), config, dir.resolve("logs")));
            }
            CompletableFuture.allOf(suite.services.values().stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(Duration.ofSeconds(180))))
                    .toArray(CompletableFuture[]::new)).join();
            shared = suite;
        }
        return shared;
    }

    /**
     * A further replica of a service: the same jar and configuration (schema, consumer group) on another port, as a
     * second pod would run. Ready when returned; stopped with the suite or by {@link #stopReplica}.
     */
    ServiceProcess startReplica(SuiteService service) {
        for (int attempt = 1; ; attempt++) {
            ServiceProcess replica = ServiceProcess.start(service, ServiceProcess.jarOf(root, service), Infrastructure.freePort(),
                    configs.get(service), dir.resolve("logs"), service.serviceName() + "-replica-" + (replicas.size() + 2));
            try {
                replica.awaitReady(Duration.ofSeconds(180));
                replicas.add(replica);
                return replica;
            } catch (IllegalStateException e) {
                replica.close();
                // the free port it was given was taken before it bound it (other builds share the machine): another port
                if (attempt == 3 || !portTaken(replica)) {
                    throw e;
                }
            }
        }
    }

    private static boolean portTaken(ServiceProcess process) {
        try {
            return java.nio.file.Files.readString(process.log()).contains("seems to be in use by another process");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    void stopReplica(ServiceProcess replica) {
        replica.close();
        replicas.remove(replica);
    }

    ServiceProcess process(SuiteService service) {
        return services.get(service);
    }

    String portalOrigin() {
        return "http://127.0.0.1:" + portalPort;
    }

    String url(SuiteService service) {
        return services.get(service).baseUrl();
    }

    org.csptransition.infra.journey.Journey.Urls urls() {
        return new org.csptransition.infra.journey.Journey.Urls(url(SuiteService.ELIGIBILITY), url(SuiteService.RELATIONSHIP),
                url(SuiteService.TRANSFER), url(SuiteService.NOTIFICATION));
    }

    String operatorToken() {
        return "Bearer " + infra.jwts().operatorToken();
    }

    String token(UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    /** The superuser's view of the database: only the tests look across schemas. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(infra.postgres().adminJdbcUrl());
    }

    private void stop() {
        replicas.parallelStream().forEach(ServiceProcess::close);
        services.values().parallelStream().forEach(ServiceProcess::close);
        infra.close();
    }
}
