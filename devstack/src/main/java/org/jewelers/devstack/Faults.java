package org.jewelers.devstack;

/**
 * What a fault suite does to a running stack: apps killed with SIGKILL and started again, the broker stopped and
 * started again with its data, and the {@link Link}s between a service and its database or the gateway and a
 * service frozen or cut.
 */
public final class Faults {

    private final DevStack stack;

    Faults(DevStack stack) {
        this.stack = stack;
    }

    public void kill(App app) {
        stack.kill(app);
    }

    /** Returns once the app answers ready again. */
    public void restart(App app) {
        stack.restart(app);
    }

    /** Stops the broker gracefully; its topics and offsets are kept for {@link #startBroker()}. */
    public void stopBroker() {
        stack.broker().stop();
    }

    /** Returns once the broker answers clients again. */
    public void startBroker() {
        stack.broker().start();
    }

    public Link databaseLink(App service) {
        return stack.databaseLink(service);
    }

    public Link upstreamLink(App service) {
        return stack.upstreamLink(service);
    }
}
