package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rule on small packages made for it here, since the services' own have no cycle to find. */
class PackageCyclesTest {

    private static final String FIXTURES = "org.jewelers.testing.cycles";

    @Test
    void packagesThatDependOnEachOtherAreACycleNamingBoth() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> PackageCycles.assertNone(FIXTURES + ".cyclic", fixtures("cyclic")));
        assertTrue(error.getMessage().contains("Left") && error.getMessage().contains("Right"), error.getMessage());
    }

    @Test
    void packagesThatDependOneWayAreNot() {
        assertDoesNotThrow(() -> PackageCycles.assertNone(FIXTURES + ".layered", fixtures("layered")));
    }

    @Test
    void aRootWithoutClassesFailsRatherThanPassingUnchecked() {
        assertThrows(AssertionError.class, () -> PackageCycles.assertNone(FIXTURES + ".nothing-here"));
    }

    private static JavaClasses fixtures(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + "." + name);
    }
}
