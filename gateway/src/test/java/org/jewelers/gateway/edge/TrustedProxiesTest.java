package org.jewelers.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(Optional.of(List.of("10.0.0.0/8", "192.0.2.7")));

    @Test
    void anUntrustedCallersForwardedForIsIgnored() {
        assertEquals("198.51.100.1", proxies.clientAddress("198.51.100.1", "203.0.113.9"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("203.0.113.9", proxies.clientAddress("10.1.2.3", "203.0.113.9"));
    }

    @Test
    void theChainIsReadFromTheRightSoAClientCannotPrependAnAddress() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the load balancer appended the client's real address.
        assertEquals("203.0.113.9", proxies.clientAddress("192.0.2.7", "1.2.3.4, 203.0.113.9, 10.0.0.5"));
    }

    @Test
    void namesThatAreNotAddressesAreNeverLookedUp() {
        assertEquals("10.9.9.9", proxies.clientAddress("10.9.9.9", "localhost"));
    }
}
