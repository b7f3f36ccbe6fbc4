package org.jewelers.web.health;

import io.quarkus.smallrye.health.runtime.SmallRyeLivenessHandler;
import io.quarkus.smallrye.health.runtime.SmallRyeReadinessHandler;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * {@code /q/health/live} and {@code /q/health/ready} on the app's own port too, answered by Quarkus's own handlers:
 * the gateway learns from a service's readiness whether to send it requests, and a load balancer in front of the
 * gateway from the gateway's. Every other operations endpoint (the whole health report, with each check's data, and
 * the metrics) is on the management interface only.
 */
@Singleton
public class PublicProbes {

    void install(@Observes Router router) {
        router.get("/q/health/live").handler(new SmallRyeLivenessHandler());
        router.get("/q/health/ready").handler(new SmallRyeReadinessHandler());
    }
}
