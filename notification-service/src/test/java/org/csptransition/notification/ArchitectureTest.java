package org.csptransition.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House habit 4: the domain imports no Quarkus, JAX-RS, MicroProfile or Kafka types, and no other layer. */
@AnalyzeClasses(packages = "org.csptransition.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..",
                    "org.eclipse.microprofile..", "org.apache.kafka..", "io.smallrye..", "org.csptransition.platform..",
                    "org.csptransition.notification.api..", "org.csptransition.notification.application..",
                    "org.csptransition.notification.persistence..", "org.csptransition.notification.messaging..");

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses().that().resideInAPackage("org.csptransition.notification.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csptransition.notification.persistence..");
}
