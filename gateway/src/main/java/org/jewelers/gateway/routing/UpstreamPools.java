package org.jewelers.gateway.routing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Every service's instances, each with its own circuit breaker, as configured in {@link Upstreams}. */
@Singleton
public class UpstreamPools {

    private final Map<String, UpstreamPool> pools = new TreeMap<>();

    UpstreamPools(Upstreams upstreams, Clock clock) {
        Upstreams.CircuitBreakerSettings breakers = upstreams.circuitBreaker();
        upstreams.upstreams().forEach((service, upstream) -> pools.put(service, new UpstreamPool(service,
                upstream.instances().stream().map(url -> new UpstreamInstance(service, url,
                        new CircuitBreaker(breakers.failureThreshold(), breakers.openFor(), clock))).toList())));
    }

    UpstreamPool pool(String service) {
        return pools.get(service);
    }

    Collection<UpstreamPool> all() {
        return pools.values();
    }
}
