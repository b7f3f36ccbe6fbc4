package org.jewelers.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.edge.GatewayProblem;

/**
 * Refuses fast under overload. Each service gets at most {@code max-in-flight} requests at once from this gateway;
 * a few more ({@code queue-size}) may wait up to {@code queue-wait} for a slot; every other request is answered at
 * once with 503 problem+json and Retry-After, instead of piling up in front of a saturated service until it times
 * out. quarkus-load-shedding was not enough here: its one adaptive limit spans the whole gateway, so one slow service
 * would shed the requests of the healthy ones, and it answers a bare 503.
 */
@Singleton
public class LoadShedding {

    private static final String RETRY_AFTER_SECONDS = "1";

    private final Upstreams upstreams;
    private final EdgeAnswers answers;
    private final MeterRegistry metrics;

    LoadShedding(Upstreams upstreams, EdgeAnswers answers, MeterRegistry metrics) {
        this.upstreams = upstreams;
        this.answers = answers;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        upstreams.upstreams().forEach((service, upstream) -> {
            ConcurrencyLimit limit = new ConcurrencyLimit(upstream.maxInFlight(), upstream.queueSize());
            Gauge.builder("gateway.upstream.in.flight", limit, ConcurrencyLimit::inFlight)
                    .description("Requests the gateway has at the service now").tag("service", service)
                    .register(metrics);
            Counter shed = Counter.builder("gateway.upstream.shed")
                    .description("Requests refused with 503 because the service was at its limit")
                    .tag("service", service).register(metrics);
            Admission admission = new Admission(service, limit, upstream.queueWait().toMillis(), shed);
            upstream.prefixes().forEach(prefix ->
                    router.route(prefix + "/*").order(EdgeOrder.LOAD_SHEDDING).handler(admission::admit));
        });
    }

    private final class Admission {

        private final String service;
        private final ConcurrencyLimit limit;
        private final long queueWaitMillis;
        private final Counter shed;

        Admission(String service, ConcurrencyLimit limit, long queueWaitMillis, Counter shed) {
            this.service = service;
            this.limit = limit;
            this.queueWaitMillis = queueWaitMillis;
            this.shed = shed;
        }

        void admit(RoutingContext ctx) {
            Waiter waiter = new Waiter(ctx);
            switch (limit.enter(waiter)) {
                case ADMITTED -> proceed(ctx);
                case QUEUED -> waiter.startWaiting();
                case REFUSED -> refuse(ctx);
            }
        }

        private void proceed(RoutingContext ctx) {
            ctx.addEndHandler(ignored -> limit.leave());
            ctx.next();
        }

        /** A request queued for a slot: it goes on when handed one, and is refused when its wait is over first. */
        private final class Waiter implements Runnable {

            private final RoutingContext ctx;
            private final Context requestContext;
            private long timer;

            Waiter(RoutingContext ctx) {
                this.ctx = ctx;
                this.requestContext = ctx.vertx().getOrCreateContext();
            }

            void startWaiting() {
                // The body must not start flowing before the proxy takes it.
                ctx.request().pause();
                timer = ctx.vertx().setTimer(queueWaitMillis, id -> {
                    if (limit.giveUp(this)) {
                        refuse(ctx);
                    }
                });
            }

            /** Handed a slot, possibly on another event loop: go on on the request's own. */
            @Override
            public void run() {
                requestContext.runOnContext(ignored -> {
                    ctx.vertx().cancelTimer(timer);
                    proceed(ctx);
                });
            }
        }

        private void refuse(RoutingContext ctx) {
            shed.increment();
            ctx.request().resume();
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            answers.problem(ctx, GatewayProblem.OVERLOADED, "The " + service
                    + " service is at its limit of requests at once; try again shortly");
        }
    }
}
