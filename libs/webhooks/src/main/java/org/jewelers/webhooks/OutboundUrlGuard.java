package org.jewelers.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a partner's subscription URL before anything is sent to it, against server-side request forgery: https
 * only, no user-info, a host that is a public name or a plainly written public address, and every address the name
 * resolves to on the public internet. A name with one private address among public ones is refused: which one a
 * client would pick is not ours to know.
 *
 * <p>The check holds only for the one request to the address it answers: a client that follows a redirect, or looks the
 * name up again, goes where nothing was checked. Deliveries follow no redirects.
 *
 * <p>A host name that java.net.URI does not take as a server name (one with non-ASCII letters, say, rather than its
 * punycode) has no host and is refused.
 *
 * <p>Dev and test receivers run on this machine, so a guard may be given named hosts that are exempt: these may use
 * http and resolve anywhere. Production gives none.
 */
public final class OutboundUrlGuard {

    /** Names of cloud metadata services that do not end in a refused suffix. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog",
            "instance-data.ec2.internal", "metadata.azure.com");
    /** Suffixes only ever used inside a network (RFC 6761 .localhost, mDNS .local, ICANN's private .internal). */
    private static final Set<String> PRIVATE_SUFFIXES = Set.of(".localhost", ".local", ".internal");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /**
     * A last label that is a number, as WHATWG URL parsing and the C resolver read one: decimal, octal or 0x hex.
     * Such a host is an IPv4 address in some spelling; only the plain dotted quad is taken, since
     * "2130706433", "0x7f.1" and "0177.0.0.1" mean 127.0.0.1 to some parsers and something else (or nothing) to
     * others, and the check must judge the address the connection would reach.
     */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?:0x[0-9a-f]*|\\d+)");

    private final HostResolver resolver;
    private final Set<String> devHosts;

    /** @param devHosts names exempt from the https and address rules, for dev and test receivers; none in production */
    public OutboundUrlGuard(HostResolver resolver, Set<String> devHosts) {
        this.resolver = resolver;
        this.devHosts = devHosts.stream().map(OutboundUrlGuard::normalized).collect(Collectors.toUnmodifiableSet());
    }

    public static OutboundUrlGuard production() {
        return new OutboundUrlGuard(HostResolver.SYSTEM, Set.of());
    }

    public OutboundTarget check(String url) throws RefusedUrlException {
        URI uri = uri(url);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedUrlException("no host in " + url);
        }
        host = normalized(host);
        boolean devHost = devHosts.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(devHost && scheme.equals("http"))) {
            throw new RefusedUrlException("only https is allowed, not " + scheme + ": " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("a URL with a user name or password is not allowed: " + url);
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new RefusedUrlException("no such port " + port + ": " + url);
        }
        InetAddress[] addresses = addresses(host, devHost);
        if (!devHost) {
            for (InetAddress address : addresses) {
                Optional<String> why = NonPublicAddresses.why(address);
                if (why.isPresent()) {
                    throw new RefusedUrlException(host + " is not on the public internet: " + why.get());
                }
            }
        }
        return new OutboundTarget(uri, host, addresses[0], port);
    }

    private static URI uri(String url) throws RefusedUrlException {
        if (url == null) {
            throw new RefusedUrlException("no URL");
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw new RefusedUrlException("not an absolute URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("not a URL: " + e.getMessage());
        }
    }

    private InetAddress[] addresses(String host, boolean devHost) throws RefusedUrlException {
        if (host.startsWith("[")) {
            return new InetAddress[] {ipv6Literal(host)};
        }
        String[] labels = host.split("\\.", -1);
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return new InetAddress[] {ipv4Literal(host)};
        }
        if (!devHost) {
            refuseInternalName(host);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException(host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedUrlException(host + " does not resolve");
        }
        return addresses;
    }

    private static void refuseInternalName(String host) throws RefusedUrlException {
        if (METADATA_NAMES.contains(host)) {
            throw new RefusedUrlException(host + " is a cloud metadata service");
        }
        if (!host.contains(".")) {
            throw new RefusedUrlException(host + " is not a fully qualified name");
        }
        for (String suffix : PRIVATE_SUFFIXES) {
            if (host.endsWith(suffix)) {
                throw new RefusedUrlException(host + " is a name used only inside a network (" + suffix + ")");
            }
        }
    }

    private static InetAddress ipv4Literal(String host) throws RefusedUrlException {
        if (!DOTTED_QUAD.matcher(host).matches()) {
            throw new RefusedUrlException(host + " is an IPv4 address written other than as a plain dotted quad");
        }
        byte[] bytes = new byte[4];
        String[] parts = host.split("\\.");
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static InetAddress ipv6Literal(String host) throws RefusedUrlException {
        // A zone id names an interface of this machine: only meaningful for the link-local addresses refused anyway.
        if (host.contains("%")) {
            throw new RefusedUrlException(host + " names a network interface");
        }
        try {
            // Bracketed, so the JDK parses it as a literal and looks nothing up.
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException(host + " is not an IPv6 address");
        }
    }

    /** Lower case without the root's trailing dot: "Metadata.Google.Internal." is the metadata service too. */
    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
