package org.jewelers.testing.cycles.cyclic.left;

import org.jewelers.testing.cycles.cyclic.right.Right;

/** Half of a package cycle that {@code PackageCyclesTest} expects to be found. */
public class Left {

    public Right right() {
        return new Right();
    }
}
