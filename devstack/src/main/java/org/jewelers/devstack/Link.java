package org.jewelers.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jewelers.kafkabroker.FreePorts;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP hop between two parts of the stack, on a loopback port of its own, that a fault suite can freeze (bytes
 * stop flowing both ways, open connections stay open and new ones wait) or cut (every open connection closed;
 * new ones go through).
 */
public final class Link implements AutoCloseable {

    private final String name;
    private final TcpCrusher crusher;

    private Link(String name, TcpCrusher crusher) {
        this.name = name;
        this.crusher = crusher;
    }

    static Link to(String name, NioReactor reactor, String host, int port) {
        TcpCrusher crusher = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", FreePorts.next())
                .withConnectAddress(host, port)
                // Without it, small protocol messages wait for Nagle's timer and every query pays for the hop.
                .withTcpNoDelay(true)
                .buildAndOpen();
        return new Link(name, crusher);
    }

    static NioReactor reactor() {
        try {
            return new NioReactor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the links' reactor", e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return crusher.getBindAddress().getPort();
    }

    public void freeze() {
        crusher.freeze();
    }

    public void unfreeze() {
        crusher.unfreeze();
    }

    public void cut() {
        crusher.closeAllPairs();
    }

    @Override
    public void close() {
        crusher.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
