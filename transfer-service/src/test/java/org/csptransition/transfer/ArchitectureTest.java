package org.csptransition.transfer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.csptransition.platform.testing.architecture.HouseRules;

/** The house rules every service keeps (see {@link HouseRules}), run over this service's classes. */
@AnalyzeClasses(packages = "org.csptransition.transfer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);
}
