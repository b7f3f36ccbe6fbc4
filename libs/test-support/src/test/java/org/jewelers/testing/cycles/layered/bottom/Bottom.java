package org.jewelers.testing.cycles.layered.bottom;

/** Depends on no other package. */
public class Bottom {
}
