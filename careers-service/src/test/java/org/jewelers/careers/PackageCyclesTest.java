package org.jewelers.careers;

import org.jewelers.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** Starts nothing: reads the compiled classes. */
class PackageCyclesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        PackageCycles.assertNone("org.jewelers.careers");
    }
}
