package org.jewelers.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * Each service's circuit-breaker state under {@code /q/health} (and {@code /q/health/well}). It is always UP and
 * never part of readiness: the gateway can serve its other routes whatever one service does.
 */
@Wellness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private final UpstreamFailures failures;
    private final Upstreams upstreams;

    UpstreamHealth(UpstreamFailures failures, Upstreams upstreams) {
        this.failures = failures;
        this.upstreams = upstreams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder report = HealthCheckResponse.named("upstreams").up();
        upstreams.upstreams().keySet().forEach(service ->
                report.withData(service, failures.states().getOrDefault(service, "closed")));
        return report.build();
    }
}
