package org.csptransition.clientproof;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.ServiceProcess;
import org.csptransition.infra.SuiteService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The four built services as separate processes on the real infrastructure (as system-tests' RunningSuite starts them),
 * each behind a {@link ContractProxy} that checks the traffic against its stored contract in {@code docs/api/}.
 */
final class ProofSuite implements AutoCloseable {

    final Infrastructure infra;
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, ContractProxy> proxies = new EnumMap<>(SuiteService.class);

    private ProofSuite(Infrastructure infra) {
        this.infra = infra;
    }

    /** The project's root: each service's build is in {@code <root>/<service>/target}, its contract in docs/api/. */
    static Path root() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    static Path contract(SuiteService service) {
        return root().resolve("docs/api").resolve(service.serviceName()).resolve("openapi.yaml");
    }

    static ProofSuite start() {
        Path dir = Path.of("target", "suite", Long.toString(ProcessHandle.current().pid()));
        ProofSuite suite = new ProofSuite(Infrastructure.start(dir, Infrastructure.Ports.free(), false, Jwts.ephemeral()));
        try {
            for (SuiteService service : SuiteService.values()) {
                Map<String, String> config = new HashMap<>(suite.infra.serviceConfig(service));
                config.put("quarkus.log.file.enabled", "false");
                // the journey polls while events travel; the limiter itself is proven in platform-http
                config.put("csp.rate-limits.reads.requests", "1000000");
                config.put("csp.rate-limits.writes.requests", "1000000");
                suite.services.put(service, ServiceProcess.start(service, ServiceProcess.jarOf(root(), service),
                        Infrastructure.freePort(), config, dir.resolve("logs")));
            }
            CompletableFuture.allOf(suite.services.values().stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(Duration.ofSeconds(180))))
                    .toArray(CompletableFuture[]::new)).join();
            suite.services.forEach((service, process) -> suite.proxies.put(service,
                    ContractProxy.start(service.serviceName(), contract(service), process.baseUrl())));
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** Where a client of {@code service} sends its requests: the service's validating proxy. */
    String url(SuiteService service) {
        return proxies.get(service).baseUrl();
    }

    Map<SuiteService, ContractProxy> proxies() {
        return proxies;
    }

    @Override
    public void close() {
        proxies.values().forEach(ContractProxy::close);
        services.values().parallelStream().forEach(ServiceProcess::close);
        infra.close();
    }
}
