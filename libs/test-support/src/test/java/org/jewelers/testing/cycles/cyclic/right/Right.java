package org.jewelers.testing.cycles.cyclic.right;

import org.jewelers.testing.cycles.cyclic.left.Left;

/** The other half of the cycle. */
public class Right {

    public Left left() {
        return new Left();
    }
}
