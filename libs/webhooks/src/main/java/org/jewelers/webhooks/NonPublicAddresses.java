package org.jewelers.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a delivery must never go to: anything that is not the public internet, where a subscription URL
 * could make the platform call its own network, the cloud's metadata service or itself. The blocks are data, in the
 * order a refusal names them (a narrower block before the wider one holding it).
 */
final class NonPublicAddresses {

    private static final List<AddressRange> IPV4 = List.of(
            AddressRange.of("0.0.0.0/8", "'this network', unspecified 0.0.0.0 included"),
            AddressRange.of("10.0.0.0/8", "private"),
            AddressRange.of("100.64.0.0/10", "carrier-grade NAT"),
            AddressRange.of("127.0.0.0/8", "loopback"),
            AddressRange.of("169.254.0.0/16", "link-local, the cloud metadata service 169.254.169.254 included"),
            AddressRange.of("172.16.0.0/12", "private"),
            AddressRange.of("192.0.0.0/24", "IETF protocol assignments"),
            AddressRange.of("192.0.2.0/24", "documentation"),
            AddressRange.of("192.168.0.0/16", "private"),
            AddressRange.of("198.18.0.0/15", "benchmarking"),
            AddressRange.of("198.51.100.0/24", "documentation"),
            AddressRange.of("203.0.113.0/24", "documentation"),
            AddressRange.of("224.0.0.0/4", "multicast"),
            AddressRange.of("255.255.255.255/32", "broadcast"),
            AddressRange.of("240.0.0.0/4", "reserved"));

    private static final List<AddressRange> IPV6 = List.of(
            AddressRange.of("::/128", "unspecified"),
            AddressRange.of("::1/128", "loopback"),
            // Refused whatever IPv4 address they carry: no public server is published under these forms, and a
            // socket given one reaches the embedded IPv4 address, which the IPv4 blocks would otherwise have to judge.
            AddressRange.of("::ffff:0:0/96", "IPv4-mapped"),
            AddressRange.of("::/96", "IPv4-compatible (deprecated)"),
            AddressRange.of("64:ff9b::/96", "NAT64"),
            AddressRange.of("2002::/16", "6to4"),
            AddressRange.of("2001::/32", "Teredo"),
            AddressRange.of("2001:db8::/32", "documentation"),
            AddressRange.of("fe80::/10", "link-local"),
            AddressRange.of("fec0::/10", "site-local (deprecated)"),
            AddressRange.of("fc00::/7", "unique-local, the cloud metadata service fd00:ec2::254 included"),
            AddressRange.of("ff00::/8", "multicast"));

    /** Everything public in IPv6 is in here; what is left outside is reserved. */
    private static final AddressRange GLOBAL_UNICAST = AddressRange.of("2000::/3", "global unicast");
    private static final AddressRange CARRYING_IPV4 = AddressRange.of("::/80", "IPv4-mapped or -compatible");

    private NonPublicAddresses() {
    }

    /** Why the address is refused, or empty when it is on the public internet. */
    static Optional<String> why(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (AddressRange range : bytes.length == 4 ? IPV4 : IPV6) {
            if (range.contains(bytes)) {
                return Optional.of(address.getHostAddress() + " is " + range.what() + " (" + range.cidr() + ")"
                        + embedded(bytes));
            }
        }
        if (bytes.length == 16 && !GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of(address.getHostAddress() + " is outside IPv6 global unicast (2000::/3)");
        }
        return Optional.empty();
    }

    private static String embedded(byte[] bytes) {
        if (bytes.length != 16 || !CARRYING_IPV4.contains(bytes)) {
            return "";
        }
        try {
            InetAddress v4 = InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
            return ", carrying " + v4.getHostAddress() + why(v4).map(reason -> ": " + reason).orElse("");
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
