package org.jewelers.webhooks;

import java.net.InetAddress;
import java.net.URI;

/**
 * Where a delivery may go once its URL was checked. The caller connects to {@code address}, the very address that
 * was checked, and never looks the name up again: a second lookup could answer differently (DNS rebinding). The
 * {@code host} (lower case, without a trailing dot; an IPv6 literal in brackets) goes in the Host header and, for a
 * name, in TLS's SNI and the certificate's host name check; TLS sends no SNI for an address.
 */
public record OutboundTarget(URI uri, String host, InetAddress address, int port) {
}
