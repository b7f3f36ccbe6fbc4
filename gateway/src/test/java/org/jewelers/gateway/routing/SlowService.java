package org.jewelers.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A service that can work on only a few requests at once, each for a while; the others wait in its own queue, however
 * long it grows, as a saturated service's requests do. Left unguarded, that queue makes every request time out.
 */
final class SlowService implements Handler<HttpServerRequest> {

    static final long WORK_MILLIS = 200;

    private final int slots;
    private final long workMillis;
    private final Vertx vertx;
    private final Deque<HttpServerRequest> waiting = new ArrayDeque<>();
    private int busy;

    SlowService(int slots, long workMillis, Vertx vertx) {
        this.slots = slots;
        this.workMillis = workMillis;
        this.vertx = vertx;
    }

    @Override
    public synchronized void handle(HttpServerRequest request) {
        if (busy < slots) {
            work(request);
        } else {
            waiting.add(request);
        }
    }

    private void work(HttpServerRequest request) {
        busy++;
        vertx.setTimer(workMillis, id -> {
            request.response().putHeader("Content-Type", "application/json").end("{\"done\":true}");
            synchronized (this) {
                busy--;
                HttpServerRequest next = waiting.poll();
                if (next != null) {
                    work(next);
                }
            }
        });
    }
}
