package org.jewelers.web.requests;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an X-Request-Id: the caller's when it is well formed (the gateway's, behind it), a new one
 * otherwise. It is set on the request (so a proxy forwards it and the access log shows it), returned to the
 * caller, and put in the logging context (MDC key {@code requestId}) for every log line written while the request
 * is handled, so one id follows a request through the gateway's and the service's logs.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Safe to log and to echo: no spaces or control characters, bounded length. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Before every other handler, so that every later log line and answer carries the id. */
    public static final int ORDER = -1000;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            id = newId();
            ctx.request().headers().set(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /**
     * A version 4 UUID from the thread's own random source: request ids need to be unique, not unpredictable, and
     * {@link UUID#randomUUID()} would make every request contend for one SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
