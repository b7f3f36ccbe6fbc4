package org.jewelers.gateway.gallery;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jewelers.gateway.edge.EdgeOrder;

/**
 * Headers for the results gallery (static files under META-INF/resources/gallery), a page of the association's own
 * origin that reads the public results API. Unlike the widget it is never embedded elsewhere, so it is locked to
 * this origin: its own script, style and images only, no framing, no referrer sent with image requests.
 */
@Singleton
public class GalleryAssets {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String CACHE_CONTROL = "public, max-age=300";

    void install(@Observes Router router) {
        // Relative addresses in the page resolve against /gallery/, so the bare path sends browsers there.
        // (Vert.x matches /gallery/ with this route too: that one goes on to the page.)
        router.route("/gallery").order(EdgeOrder.CROSS_ORIGIN).handler(ctx -> {
            if (ctx.request().path().equals("/gallery")) {
                ctx.redirect("/gallery/");
            } else {
                ctx.next();
            }
        });
        router.route("/gallery/*").order(EdgeOrder.CROSS_ORIGIN).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers()
                .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Cache-Control", CACHE_CONTROL));
        ctx.next();
    }
}
