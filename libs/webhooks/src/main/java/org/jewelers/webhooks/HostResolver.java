package org.jewelers.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; a seam so that tests can make any name resolve anywhere. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
