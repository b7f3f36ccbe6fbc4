package org.jewelers.testing.cycles.layered.top;

import org.jewelers.testing.cycles.layered.bottom.Bottom;

/** Depends on the package below it, which does not depend back. */
public class Top {

    public Bottom bottom() {
        return new Bottom();
    }
}
