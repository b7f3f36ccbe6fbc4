package org.jewelers.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;


/**
 * Who the client is. Only a proxy named in {@code gateway.trusted-proxies} (addresses or CIDR ranges, none by
 * default) may say so in X-Forwarded-For; from anyone else the header is ignored, so a caller cannot pick the
 * address its rate limit is counted under. The chain is read from the right, skipping trusted proxies: the first
 * address that is not one is the client.
 */
@Singleton
public class TrustedProxies {

    private final List<Range> trusted;

    @Inject
    TrustedProxies(EdgeSettings settings) {
        this(settings.trustedProxies());
    }

    TrustedProxies(Optional<List<String>> trusted) {
        this.trusted = trusted.orElse(List.of()).stream().map(Range::parse).toList();
    }

    public String clientAddress(HttpServerRequest request) {
        List<String> lines = request.headers().getAll("X-Forwarded-For");
        return clientAddress(request.remoteAddress().hostAddress(), lines.isEmpty() ? null : String.join(",", lines));
    }

    String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] chain = forwardedFor.split(",");
        for (int i = chain.length - 1; i >= 0; i--) {
            String hop = chain[i].trim();
            if (Range.bytes(hop) == null) {
                // Not an address: the chain is garbled from here on, so the last proxy we trust is all we know.
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    boolean isTrusted(String address) {
        byte[] bytes = Range.bytes(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    private record Range(byte[] network, int prefixBits) {

        static Range parse(String cidr) {
            String[] parts = cidr.trim().split("/");
            byte[] network = bytes(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("gateway.trusted-proxies: '" + cidr + "' is not an address");
            }
            return new Range(network, parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The address's bytes, for literal addresses only: a header value must never trigger a DNS lookup. */
        static byte[] bytes(String address) {
            if (!address.matches("[0-9a-fA-F.:]+")) {
                return null;
            }
            try {
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
