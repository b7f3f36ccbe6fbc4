package org.jewelers.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block with what it is for, so a refusal can say why. */
record AddressRange(String cidr, String what, byte[] network, int prefixLength) {

    static AddressRange of(String cidr, String what) {
        int slash = cidr.indexOf('/');
        try {
            // Only literals reach here, so no name is looked up.
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.contains(":") && network.length == 4) {
                network = mapped(network);
            }
            return new AddressRange(cidr, what, network, Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
        }
    }

    /** Raw bytes, so an IPv4-mapped address held as 16 bytes is matched as IPv6 and not silently turned to IPv4. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** Java reads "::ffff:a.b.c.d" as the IPv4 address; the block means the 16-byte form. */
    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }
}
