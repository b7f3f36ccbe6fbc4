package org.jewelers.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutboundUrlGuardTest {

    /** What the test's DNS answers: names of the tables below, nothing else. */
    private static final Map<String, InetAddress[]> DNS = Map.of(
            "partner.example.com", addresses("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "rebound.example.com", addresses("127.0.0.1"),
            "half-private.example.com", addresses("93.184.216.34", "10.0.0.5"),
            "metadata-alias.example.com", addresses("169.254.169.254"),
            "mapped-public.example.com", new InetAddress[] {mapped(8, 8, 8, 8)},
            "mapped-metadata.example.com", new InetAddress[] {mapped(169, 254, 169, 254)},
            "localhost", addresses("127.0.0.1"));

    private final List<String> lookups = new ArrayList<>();
    private final HostResolver resolver = host -> {
        lookups.add(host);
        InetAddress[] answer = DNS.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        return answer;
    };
    private final OutboundUrlGuard production = new OutboundUrlGuard(resolver, Set.of());

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("http://partner.example.com/hook", "only https"),
                Arguments.of("ftp://partner.example.com/hook", "only https"),
                Arguments.of("https://user:secret@partner.example.com/hook", "user name"),
                Arguments.of("https://partner.example.com@127.0.0.1/hook", "user name"),
                Arguments.of("https://rebound.example.com/hook", "127.0.0.1 is loopback"),
                Arguments.of("https://half-private.example.com/hook", "10.0.0.5 is private"),
                Arguments.of("https://metadata-alias.example.com/", "cloud metadata service 169.254.169.254"),
                Arguments.of("https://169.254.169.254/latest/meta-data/", "link-local"),
                Arguments.of("https://metadata.google.internal/computeMetadata/v1/", "cloud metadata service"),
                Arguments.of("https://METADATA.Google.Internal./computeMetadata/v1/", "cloud metadata service"),
                Arguments.of("https://metadata/computeMetadata/v1/", "not a fully qualified name"),
                Arguments.of("https://localhost/hook", "not a fully qualified name"),
                Arguments.of("https://api.localhost/hook", "only inside a network"),
                Arguments.of("https://printer.local/hook", "only inside a network"),
                Arguments.of("https://vault.corp.internal/hook", "only inside a network"),
                // 127.0.0.1 spelled so that some parser reads it as loopback. The JDK itself reads "2130706433" and
                // "127.1" as 127.0.0.1 but "0177.0.0.1" as the public 177.0.0.1 where the C resolver reads 127.0.0.1;
                // java.net.URI finds no host at all in some of them. Only a plain dotted quad is taken.
                Arguments.of("https://2130706433/", "plain dotted quad"),
                Arguments.of("https://0x7f000001/", "plain dotted quad"),
                Arguments.of("https://0177.0.0.1/", "plain dotted quad"),
                Arguments.of("https://127.0.0.01/", "plain dotted quad"),
                Arguments.of("https://017700000001/", "plain dotted quad"),
                Arguments.of("https://0x7f.1/", "no host"),
                Arguments.of("https://0x7f.0x0.0x0.0x1/", "no host"),
                Arguments.of("https://127.1/", "no host"),
                Arguments.of("https://%31%32%37.0.0.1/", "no host"),
                Arguments.of("https://127.0.0.1./", "no host"),
                Arguments.of("https://bücher.example/", "no host"),
                Arguments.of("https://127.0.0.1/", "loopback"),
                Arguments.of("https://127.255.0.9/", "loopback"),
                Arguments.of("https://[::ffff:127.0.0.1]/", "loopback"),
                Arguments.of("https://[::ffff:7f00:1]/", "loopback"),
                Arguments.of("https://mapped-public.example.com/", "IPv4-mapped"),
                Arguments.of("https://mapped-metadata.example.com/", "carrying 169.254.169.254"),
                Arguments.of("https://[::127.0.0.1]/", "IPv4-compatible"),
                Arguments.of("https://[64:ff9b::7f00:1]/", "NAT64"),
                Arguments.of("https://[2002:7f00:1::]/", "6to4"),
                Arguments.of("https://[::1]/", "loopback"),
                Arguments.of("https://[::]/", "unspecified"),
                Arguments.of("https://0.0.0.0/", "unspecified 0.0.0.0"),
                Arguments.of("https://0.1.2.3/", "'this network'"),
                Arguments.of("https://10.1.2.3/", "private"),
                Arguments.of("https://172.16.0.1/", "private"),
                Arguments.of("https://172.31.255.255/", "private"),
                Arguments.of("https://192.168.1.1/", "private"),
                Arguments.of("https://100.64.0.1/", "carrier-grade NAT"),
                Arguments.of("https://100.127.255.254/", "carrier-grade NAT"),
                Arguments.of("https://224.0.0.1/", "multicast"),
                Arguments.of("https://239.255.255.250/", "multicast"),
                Arguments.of("https://255.255.255.255/", "broadcast"),
                Arguments.of("https://240.0.0.1/", "reserved"),
                Arguments.of("https://[fe80::1]/", "link-local"),
                Arguments.of("https://[febf:ffff::1]/", "link-local"),
                Arguments.of("https://[fe80::1%25eth0]/", "names a network interface"),
                Arguments.of("https://[fc00::1]/", "unique-local"),
                Arguments.of("https://[fd00:ec2::254]/latest/meta-data/", "unique-local"),
                Arguments.of("https://[ff02::1]/", "multicast"),
                Arguments.of("https://[100::1]/", "outside IPv6 global unicast"),
                Arguments.of("https://unknown.example.com/hook", "does not resolve"),
                Arguments.of("https://partner.example.com:0/hook", "no such port"),
                Arguments.of("https://partner.example.com:99999/hook", "no such port"),
                Arguments.of("https:///hook", "no host"),
                Arguments.of("/hook", "not an absolute URL"),
                Arguments.of("mailto:partner@example.com", "not an absolute URL"),
                Arguments.of("https://partner example.com/", "not a URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void refuses(String url, String because) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> production.check(url));

        assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                // The last public address before, or the first after, each refused block.
                Arguments.of("https://1.0.0.0/", "1.0.0.0"),
                Arguments.of("https://9.255.255.255/", "9.255.255.255"),
                Arguments.of("https://11.0.0.0/", "11.0.0.0"),
                Arguments.of("https://100.63.255.255/", "100.63.255.255"),
                Arguments.of("https://100.128.0.0/", "100.128.0.0"),
                Arguments.of("https://126.255.255.255/", "126.255.255.255"),
                Arguments.of("https://128.0.0.0/", "128.0.0.0"),
                Arguments.of("https://169.253.255.255/", "169.253.255.255"),
                Arguments.of("https://169.255.0.0/", "169.255.0.0"),
                Arguments.of("https://172.15.255.255/", "172.15.255.255"),
                Arguments.of("https://172.32.0.0/", "172.32.0.0"),
                Arguments.of("https://192.167.255.255/", "192.167.255.255"),
                Arguments.of("https://192.169.0.0/", "192.169.0.0"),
                Arguments.of("https://223.255.255.255/", "223.255.255.255"),
                Arguments.of("https://[2606:4700:4700::1111]/dns-query", "2606:4700:4700:0:0:0:0:1111"),
                Arguments.of("https://[2003::1]/", "2003:0:0:0:0:0:0:1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void allowsPublicAddressesWrittenPlainly(String url, String address) throws Exception {
        OutboundTarget target = production.check(url);

        assertEquals(address, target.address().getHostAddress());
        assertEquals(List.of(), lookups, "a literal address is not looked up");
    }

    @Test
    void answersTheAddressItCheckedSoTheCallerNeedNotLookTheNameUpAgain() throws Exception {
        OutboundTarget target = production.check("https://Partner.Example.COM.:8443/hooks/changes?v=1");

        assertSame(DNS.get("partner.example.com")[0], target.address());
        assertEquals("partner.example.com", target.host());
        assertEquals(8443, target.port());
        assertEquals(URI.create("https://Partner.Example.COM.:8443/hooks/changes?v=1"), target.uri());
        assertEquals(List.of("partner.example.com"), lookups);
    }

    @Test
    void theDefaultPortIsTheSchemes() throws Exception {
        assertEquals(443, production.check("https://partner.example.com/hook").port());
        OutboundUrlGuard dev = new OutboundUrlGuard(resolver, Set.of("localhost"));
        assertEquals(80, dev.check("http://localhost/hook").port());
    }

    @Test
    void namedDevHostsMayUseHttpAndResolveToThisMachineButNoOtherHostMay() throws Exception {
        OutboundUrlGuard dev = new OutboundUrlGuard(resolver, Set.of("LOCALHOST", "127.0.0.1"));

        assertEquals("127.0.0.1", dev.check("http://localhost:8089/hook").address().getHostAddress());
        assertEquals("127.0.0.1", dev.check("http://127.0.0.1:8089/hook").address().getHostAddress());
        assertThrows(RefusedUrlException.class, () -> dev.check("http://partner.example.com/hook"));
        assertThrows(RefusedUrlException.class, () -> dev.check("https://rebound.example.com/hook"));
        assertThrows(RefusedUrlException.class, () -> dev.check("http://[::1]:8089/hook"));
        assertThrows(RefusedUrlException.class, () -> dev.check("http://user@localhost:8089/hook"));
    }

    @Test
    void theSystemResolverRefusesThisMachineByNameAndByNumber() {
        OutboundUrlGuard guard = OutboundUrlGuard.production();

        for (String url : List.of("https://localhost/", "https://127.0.0.1/", "https://2130706433/",
                "https://0x7f.1/", "https://[::ffff:127.0.0.1]/")) {
            assertThrows(RefusedUrlException.class, () -> guard.check(url), url);
        }
    }

    private static InetAddress[] addresses(String... literals) {
        return Stream.of(literals).map(literal -> {
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }).toArray(InetAddress[]::new);
    }

    /** The 16-byte form a resolver could hand back, which InetAddress.getByName would turn into IPv4. */
    private static InetAddress mapped(int a, int b, int c, int d) {
        byte[] bytes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) a, (byte) b, (byte) c, (byte) d};
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
