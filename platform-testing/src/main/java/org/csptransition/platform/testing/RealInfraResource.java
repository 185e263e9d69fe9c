package org.csptransition.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.SuiteService;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL, Kafka and SMTP of this JVM. Use it as
 * {@code @WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))}.
 * {@link #stop()} does nothing: the infrastructure is shared by every test class and stops with the JVM.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    private SuiteService service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = SuiteService.named(initArgs.getOrDefault("service", "missing init arg 'service'"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(RealInfra.shared().serviceConfig(service));
        // the relay's safety-net poll is slower than a test: a test that passes proves the prompt, commit-driven path
        config.put("platform.messaging.relay.poll-interval", "5s");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(RealInfra.shared(),
                new TestInjector.AnnotatedAndMatchesType(InjectInfra.class, Infrastructure.class));
    }

    @Override
    public void stop() {
        // shared: stops with the JVM
    }
}
