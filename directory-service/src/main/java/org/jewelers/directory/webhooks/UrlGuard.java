package org.jewelers.directory.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.webhooks.HostResolver;
import org.jewelers.webhooks.OutboundUrlGuard;

/**
 * The SSRF guard of libs/webhooks, as this service configures it: the system's resolver, and in dev and test only,
 * the named local hosts of {@code directory.webhooks.dev-hosts} (production names none).
 */
@ApplicationScoped
public class UrlGuard {

    @Produces
    @ApplicationScoped
    HostResolver resolver() {
        return HostResolver.SYSTEM;
    }

    @Produces
    @ApplicationScoped
    OutboundUrlGuard guard(HostResolver resolver,
                           @ConfigProperty(name = "directory.webhooks.dev-hosts") Optional<Set<String>> devHosts) {
        return new OutboundUrlGuard(resolver::resolve, devHosts.orElse(Set.of()));
    }
}
