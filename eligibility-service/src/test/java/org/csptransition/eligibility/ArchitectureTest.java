package org.csptransition.eligibility;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House habit 4: the domain imports no Quarkus, JAX-RS, MicroProfile or Kafka types, and no other layer. */
@AnalyzeClasses(packages = "org.csptransition.eligibility", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..",
                    "org.eclipse.microprofile..", "org.apache.kafka..", "io.smallrye..", "org.csptransition.platform..",
                    "org.csptransition.eligibility.api..", "org.csptransition.eligibility.application..",
                    "org.csptransition.eligibility.persistence..", "org.csptransition.eligibility.messaging..");

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses().that().resideInAPackage("org.csptransition.eligibility.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csptransition.eligibility.persistence..");
}
