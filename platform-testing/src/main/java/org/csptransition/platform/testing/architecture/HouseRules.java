package org.csptransition.platform.testing.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The anatomy every service keeps, checked by each service's {@code ArchitectureTest}
 * ({@code @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class)}):
 * <ul>
 *   <li>the domain imports no framework — only the plain-Java kernel and, for entities, JPA's mapping annotations (metadata
 *   that carries no behaviour; separate persistence models would double every aggregate);</li>
 *   <li>layers point inwards: api → application → domain, never back; messaging and persistence never reach the api;</li>
 *   <li>resources do not touch persistence: they go through an application service;</li>
 *   <li>no service imports another service: they share only events (platform-events) and the platform modules.</li>
 * </ul>
 */
public final class HouseRules {

    static final List<String> SERVICES = List.of("eligibility", "relationship", "transfer", "notification");

    private HouseRules() {
    }

    @ArchTest
    public static final ArchRule domainImportsNoFramework = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..",
                    "jakarta.inject..", "jakarta.transaction..", "jakarta.validation..", "org.hibernate..",
                    "org.eclipse.microprofile..", "org.apache.kafka..", "io.smallrye..", "io.vertx..", "com.fasterxml..",
                    "org.jboss..", "org.csptransition.platform..")
            .because("domain rules are plain Java: only the kernel (org.csptransition.kernel) and JPA mapping annotations");

    @ArchTest
    public static final ArchRule domainDependsOnNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csptransition..api..", "org.csptransition..application..",
                    "org.csptransition..persistence..", "org.csptransition..messaging..", "org.csptransition..config..")
            .because("layers point inwards: the domain knows nothing of what uses it");

    @ArchTest
    public static final ArchRule applicationNeverReachesBackToTheApi = noClasses().that().resideInAnyPackage("..application..",
                    "..persistence..", "..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.csptransition..api..")
            .because("api → application → domain, never back");

    @ArchTest
    public static final ArchRule resourcesDoNotTouchPersistence = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("org.csptransition..persistence..")
            .because("resources are thin: they call an application service");

    @ArchTest
    public static final ArchRule servicesDoNotImportEachOther = noServiceImportsAnother();

    private static ArchRule noServiceImportsAnother() {
        ArchRule rule = null;
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "org.csptransition." + s + "..")
                    .toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage("org.csptransition." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true); // a service's test imports only its own classes
            rule = rule == null ? one : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(one);
        }
        return rule.because("services share only events and the platform modules");
    }
}
