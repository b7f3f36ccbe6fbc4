package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * Picks the instance a request goes to: the next in turn that is ready and whose circuit breaker lets it pass. When an
 * instance refuses the connection, or does not accept it within the connect timeout, it is starting or stopped: it
 * is taken as not ready (its breaker is not told, it is not failing) until {@link UpstreamReadiness} hears it is,
 * and the request goes on to the next one: nothing has been sent yet, so this is safe for every method, and one dead
 * instance of several costs no failed request.
 */
final class InstanceFailover implements OriginRequestProvider {

    /** On the proxy context: the instance the request was sent to. */
    static final String SENT_TO = "gateway.instance";
    /** On the proxy context: the instances of this request's turn not tried yet. */
    private static final String REST_OF_TURN = "gateway.rest-of-turn";

    private static final Logger LOG = Logger.getLogger(InstanceFailover.class);

    private final UpstreamPool pool;
    private final RequestOptions options;
    private final long readinessCheckSeconds;

    InstanceFailover(UpstreamPool pool, RequestOptions options, long readinessCheckSeconds) {
        this.pool = pool;
        this.options = options;
        this.readinessCheckSeconds = readinessCheckSeconds;
    }

    /** Picks from the rest of the request's turn when it is sent again, so that it never goes back to one. */
    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        Iterator<UpstreamInstance> turn = restOfTurn(context);
        if (turn == null) {
            turn = pool.inTurn().iterator();
            context.set(REST_OF_TURN, turn);
        }
        return connect(context, turn, false);
    }

    /** Whether the request could still be sent to an instance it has not been sent to. */
    static boolean hasAnotherInstance(ProxyContext context) {
        Iterator<UpstreamInstance> turn = restOfTurn(context);
        return turn != null && turn.hasNext();
    }

    @SuppressWarnings("unchecked")
    private static Iterator<UpstreamInstance> restOfTurn(ProxyContext context) {
        return context.get(REST_OF_TURN, Iterator.class);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, Iterator<UpstreamInstance> candidates,
                                              boolean notReadySeen) {
        boolean notReady = notReadySeen;
        while (candidates.hasNext()) {
            UpstreamInstance instance = candidates.next();
            if (!instance.isReady()) {
                notReady = true;
            } else if (instance.breaker().tryPass()) {
                return context.client().request(new RequestOptions(options).setServer(instance.address()))
                        .compose(request -> {
                            context.set(SENT_TO, instance);
                            return Future.succeededFuture(request);
                        }, failure -> {
                            instance.ready(false);
                            instance.breaker().abandoned();
                            LOG.warnf("%s takes no connections, not ready: %s", instance.name(), failure.getMessage());
                            return connect(context, candidates, true);
                        });
            }
        }
        return Future.failedFuture(notReady ? new NotReady(readinessCheckSeconds) : new NotCalled());
    }

    /** Every instance's breaker is open: the service was not called at all. */
    static final class NotCalled extends RuntimeException {
        NotCalled() {
            super("every instance's circuit breaker is open", null, false, false);
        }
    }

    /** No instance could be called, and some are not ready: starting, or stopped. */
    static final class NotReady extends RuntimeException {

        private final long retryAfterSeconds;

        NotReady(long retryAfterSeconds) {
            super("no instance is ready", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** When the gateway will have asked the instances again. */
        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
