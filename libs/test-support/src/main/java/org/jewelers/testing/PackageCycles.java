package org.jewelers.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one rule on a service's package structure: its feature packages (the first level under the service's root
 * package) never depend on each other in a cycle, so that each can be read, changed and moved without the others.
 * Only main code is checked; tests may reach across packages. A service's plain JUnit test calls {@link #assertNone}.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /**
     * Fails, naming each cycle and the dependencies that make it, when packages directly under {@code rootPackage}
     * depend on each other, directly or through others; fails too when there is no class to check.
     */
    public static void assertNone(String rootPackage) {
        assertNone(rootPackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage));
    }

    static void assertNone(String rootPackage, JavaClasses classes) {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
