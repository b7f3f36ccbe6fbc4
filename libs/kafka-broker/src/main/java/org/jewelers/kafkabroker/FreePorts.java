package org.jewelers.kafkabroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for processes and servers started here (a broker, an app of the dev stack, a test's upstream), the
 * one way to choose them. A port is often chosen long before it is bound (a stopped upstream, an app restarted on
 * its port), so it is taken from below the kernel's ephemeral range (Linux 32768-60999, macOS 49152-65535): there,
 * the local port of an outgoing connection cannot take it meanwhile, as it can take a port the kernel hands out for
 * a bind to port 0.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int HIGHEST = 32_767;
    private static final int ATTEMPTS = 200;

    private FreePorts() {
    }

    /** A port nothing listens on now, on the loopback address. */
    public static int next() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // Another process has it: try another.
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + LOWEST + " and " + HIGHEST
                + " after " + ATTEMPTS + " attempts"));
    }
}
