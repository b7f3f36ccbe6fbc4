package org.jewelers.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * The state of each service and of each of its instances (not_ready, or its circuit breaker's) under
 * {@code /q/health} (and {@code /q/health/well}) on the management interface, which only operators reach: it names
 * internal addresses. {@code "directory": "closed"} and {@code "directory@10.0.0.5:8082": "closed"}; a service
 * whose instances differ is "degraded". It is always UP and never part of readiness: the gateway can serve its other
 * routes whatever one service does.
 */
@Wellness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private final UpstreamPools pools;

    UpstreamHealth(UpstreamPools pools) {
        this.pools = pools;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder report = HealthCheckResponse.named("upstreams").up();
        pools.all().forEach(pool -> {
            report.withData(pool.service(), pool.state());
            pool.instances().forEach(instance -> report.withData(instance.name(), instance.state()));
        });
        return report.build();
    }
}
