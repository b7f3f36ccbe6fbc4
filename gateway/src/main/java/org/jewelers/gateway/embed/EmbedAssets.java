package org.jewelers.gateway.embed;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jewelers.gateway.edge.EdgeOrder;

/**
 * Headers for the search widget and its demo page (static files under META-INF/resources/embed): any partner page
 * may load the script, also as a module or with {@code crossorigin}, which fetch it in CORS mode; and since its URL
 * carries no version, a short cache lets a fix reach partner pages within minutes instead of the static default of
 * a day. The files hold no secrets, so {@code *} without credentials is enough. The same goes for Leaflet, which the
 * widget's map view imports as a module from the Leaflet WebJar; its URL names its version, so it never changes and
 * is cached for a year.
 */
@Singleton
public class EmbedAssets {

    static final String CACHE_CONTROL = "public, max-age=300";
    static final String VERSIONED_CACHE_CONTROL = "public, max-age=31536000, immutable";

    void install(@Observes Router router) {
        router.route("/embed/*").order(EdgeOrder.CROSS_ORIGIN).handler(ctx -> handle(ctx, CACHE_CONTROL));
        router.route("/webjars/leaflet/*").order(EdgeOrder.CROSS_ORIGIN)
                .handler(ctx -> handle(ctx, VERSIONED_CACHE_CONTROL));
    }

    private void handle(RoutingContext ctx, String cacheControl) {
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers()
                .set("Access-Control-Allow-Origin", "*")
                .set("Cross-Origin-Resource-Policy", "cross-origin")
                .set("Cache-Control", cacheControl));
        ctx.next();
    }
}
