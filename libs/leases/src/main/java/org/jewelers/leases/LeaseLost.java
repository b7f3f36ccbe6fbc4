package org.jewelers.leases;

/** The lease was taken over by another holder after it expired: whatever the old holder was doing must stop. */
public class LeaseLost extends RuntimeException {

    public LeaseLost(String name, long fence) {
        super("lease " + name + " (acquisition " + fence + ") is held by another holder now");
    }
}
