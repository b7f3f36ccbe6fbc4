package org.jewelers.gateway.usage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeOrder;
import org.jewelers.gateway.keys.ApiKey;
import org.jewelers.gateway.limits.PartnerKeys;
import org.jewelers.gateway.routing.Upstreams;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;

/**
 * Counts what each partner key gets, per UTC day, in memory: answers by status class and 429s, latency buckets, and
 * of directory searches the answered ones, those without a result (the directory's {@code X-Total-Count: 0}), and
 * the state and 3-digit prefix of the ZIP they named. On the request path that is a map lookup and a few atomic
 * increments; every {@code gateway.usage.flush-interval} (and at shutdown) one background flush adds this process's
 * counts to the shared totals, so nothing waits on the database. A flush that fails puts its counts back for the
 * next; a crash loses what was counted since the last flush.
 */
@Singleton
public class UsageCounting {

    /** The directory's search: the one operation whose use is broken down by place. */
    static final String SEARCH_PATH = "/api/v1/members";
    static final String TOTAL_COUNT = "X-Total-Count";

    private static final Logger LOG = Logger.getLogger(UsageCounting.class);
    /** Days kept in memory after their last flush: a request still counting into one would be a day old. */
    private static final int DAYS_KEPT = 1;

    private final Map<Slot, DayCounts> counts = new ConcurrentHashMap<>();
    private final UsageStore store;
    private final ZipPlaces zips;
    private final Upstreams upstreams;
    private final Clock clock;
    private final Vertx vertx;
    private final Duration flushInterval;
    private long flushTimer;
    /** Set when the shutdown's flush starts: an answer that ends after it flushes again itself. */
    private volatile boolean stopping;

    UsageCounting(UsageStore store, ZipPlaces zips, Upstreams upstreams, Clock clock, Vertx vertx,
                  Settings settings) {
        this.store = store;
        this.zips = zips;
        this.upstreams = upstreams;
        this.clock = clock;
        this.vertx = vertx;
        this.flushInterval = settings.flushInterval();
    }

    /** How often each gateway process adds its counts to the shared totals. */
    @ConfigMapping(prefix = "gateway.usage")
    interface Settings {

        @WithDefault("10s")
        Duration flushInterval();
    }

    void install(@Observes Router router) {
        upstreams.upstreams().values().forEach(upstream -> upstream.prefixes().forEach(prefix ->
                router.route(prefix + "/*").order(EdgeOrder.KEY_USAGE).handler(this::count)));
    }

    void start(@Observes StartupEvent event) {
        // Ordered: one flush at a time, so a slow database never piles flushes up.
        flushTimer = vertx.setPeriodic(flushInterval.toMillis(), id -> vertx.executeBlocking(() -> {
            flush();
            return null;
        }, true));
    }

    /**
     * Quarkus fires the shutdown event before its own shutdown tasks (the HTTP server's closing among them), so answers
     * may still end after this flush; each of those flushes again (see {@link #answered}), so that nothing answered
     * before the server closes is lost.
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        vertx.cancelTimer(flushTimer);
        flush();
    }

    private void count(RoutingContext ctx) {
        ApiKey key = ctx.get(PartnerKeys.CONTEXT_KEY);
        if (key != null) {
            long started = System.nanoTime();
            ctx.addEndHandler(ended -> {
                if (ended.succeeded()) {
                    answered(key.id(), ctx, (System.nanoTime() - started) / 1_000);
                }
            });
        }
        ctx.next();
    }

    private void answered(UUID key, RoutingContext ctx, long micros) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Slot slot = new Slot(key, day);
        DayCounts slotCounts = counts.get(slot);
        if (slotCounts == null) {
            slotCounts = counts.computeIfAbsent(slot, ignored -> new DayCounts(key, day));
        }
        int status = ctx.response().getStatusCode();
        slotCounts.answered(status, micros);
        if ((status == 200 || status == 304) && isSearch(ctx)) {
            String zip = ctx.request().getParam("zip");
            ZipPlace place = zip == null ? null : zips.find(zip).orElse(null);
            slotCounts.searched("0".equals(ctx.response().headers().get(TOTAL_COUNT)),
                    place == null ? null : place.state(), place == null ? null : place.zip().substring(0, 3));
        }
        // Read after counting: either the shutdown's flush took the count, or this answer sees it stopping.
        if (stopping) {
            vertx.executeBlocking(() -> {
                flush();
                return null;
            }, false);
        }
    }

    private static boolean isSearch(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return ctx.request().method() == HttpMethod.GET
                && (path.equals(SEARCH_PATH) || path.equals(SEARCH_PATH + "/"));
    }

    /**
     * Adds what this process counted since the last flush to the shared totals. Runs on a worker thread, never on the
     * request path; synchronized so that the shutdown's flush waits for a periodic one under way.
     */
    synchronized void flush() {
        List<UsageDelta> deltas = new ArrayList<>();
        counts.values().forEach(day -> {
            UsageDelta delta = day.drain();
            if (delta != null) {
                deltas.add(delta);
            }
        });
        if (!deltas.isEmpty()) {
            try {
                store.add(deltas);
            } catch (SQLException | RuntimeException e) {
                LOG.warnf(e, "Partner keys' usage could not be stored; %d key-days are kept for the next flush",
                        deltas.size());
                deltas.forEach(delta -> counts.computeIfAbsent(new Slot(delta.key(), delta.day()),
                        ignored -> new DayCounts(delta.key(), delta.day())).putBack(delta));
                return;
            }
        }
        LocalDate oldestKept = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(DAYS_KEPT);
        counts.values().removeIf(day -> day.day().isBefore(oldestKept));
    }

    private record Slot(UUID key, LocalDate day) {
    }
}
