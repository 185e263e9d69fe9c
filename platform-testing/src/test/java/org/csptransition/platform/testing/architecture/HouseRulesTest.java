package org.csptransition.platform.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The house rules")
class HouseRulesTest {

    static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("org.csptransition.fixture");

    @Test
    @DisplayName("fail when a domain class imports jakarta.ws.rs")
    void domainWithJaxRs() {
        assertThat(HouseRules.domainImportsNoFramework.evaluate(FIXTURE).hasViolation()).isTrue();
        assertThat(HouseRules.domainImportsNoFramework.evaluate(FIXTURE).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("LeakyPolicy") && line.contains("jakarta.ws.rs"));
    }

    @Test
    @DisplayName("fail when the application layer reaches back to the api")
    void applicationToApi() {
        assertThat(HouseRules.applicationNeverReachesBackToTheApi.evaluate(FIXTURE).hasViolation()).isTrue();
    }

    @Test
    @DisplayName("pass on classes that keep them")
    void cleanClasses() {
        JavaClasses clean = new ClassFileImporter().importClasses(org.csptransition.fixture.domain.CleanPolicy.class,
                org.csptransition.fixture.api.SomeResource.class);
        assertThat(HouseRules.domainImportsNoFramework.evaluate(clean).hasViolation()).isFalse();
        assertThat(HouseRules.domainDependsOnNoOuterLayer.evaluate(clean).hasViolation()).isFalse();
        assertThat(HouseRules.servicesDoNotImportEachOther.evaluate(clean).hasViolation()).isFalse();
    }
}
