package org.jewelers.directory;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jewelers.webhooks.HostResolver;

/** Names under .partner.example resolve where a test says (a public address unless told): DNS as an attacker runs it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestResolver implements HostResolver {

    static final String PUBLIC = "93.184.216.34";

    private final Map<String, String> answers = new ConcurrentHashMap<>();

    void answer(String host, String address) {
        answers.put(host, address);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String address = answers.get(host);
        if (address == null && host.endsWith(".partner.example")) {
            address = PUBLIC;
        }
        return address == null ? HostResolver.SYSTEM.resolve(host) : new InetAddress[] {InetAddress.getByName(address)};
    }
}
