package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * Picks the instance a request goes to: the next in turn whose circuit breaker lets it pass. When an instance refuses
 * the connection, or does not accept it within the connect timeout, the request goes on to the next one: nothing has
 * been sent yet, so this is safe for every method, and one dead instance of several costs no failed request.
 */
final class InstanceFailover implements OriginRequestProvider {

    /** On the proxy context: the instance the request was sent to. */
    static final String SENT_TO = "gateway.instance";
    /** On the proxy context: the instances of this request's turn not tried yet. */
    private static final String REST_OF_TURN = "gateway.rest-of-turn";

    private static final Logger LOG = Logger.getLogger(InstanceFailover.class);

    private final UpstreamPool pool;
    private final RequestOptions options;

    InstanceFailover(UpstreamPool pool, RequestOptions options) {
        this.pool = pool;
        this.options = options;
    }

    /** Picks from the rest of the request's turn when it is sent again, so that it never goes back to one. */
    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        Iterator<UpstreamInstance> turn = restOfTurn(context);
        if (turn == null) {
            turn = pool.inTurn().iterator();
            context.set(REST_OF_TURN, turn);
        }
        return connect(context, turn, null);
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
                                              Throwable lastFailure) {
        while (candidates.hasNext()) {
            UpstreamInstance instance = candidates.next();
            if (instance.breaker().tryPass()) {
                return context.client().request(new RequestOptions(options).setServer(instance.address()))
                        .compose(request -> {
                            context.set(SENT_TO, instance);
                            return Future.succeededFuture(request);
                        }, failure -> {
                            instance.breaker().failed();
                            LOG.warnf("%s cannot be reached: %s", instance.name(), failure.getMessage());
                            return connect(context, candidates, failure);
                        });
            }
        }
        return Future.failedFuture(lastFailure == null ? new NotCalled() : new Unreachable(lastFailure));
    }

    /** Every instance's breaker is open: the service was not called at all. */
    static final class NotCalled extends RuntimeException {
        NotCalled() {
            super("every instance's circuit breaker is open", null, false, false);
        }
    }

    /** No instance accepted a connection. */
    static final class Unreachable extends RuntimeException {
        Unreachable(Throwable last) {
            super("no instance accepted a connection", last, false, false);
        }
    }
}
