package org.jewelers.web.logging;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The request line ({@code %r}) as the access log shows it, with the secrets of {@link LoggedUri} masked. It is put
 * on every request's routing context, first of all handlers, and every app's access log pattern (this library's
 * defaults) prints it as {@code %{d,web.logged-request-line}} in place of {@code %r}.
 */
@Singleton
public class LoggedRequestLine {

    public static final String KEY = "web.logged-request-line";

    /** Before the other observers, so that no handler can answer before the line is there. */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.put(KEY, of(ctx.request()));
            ctx.next();
        });
    }

    static String of(HttpServerRequest request) {
        return request.method() + " " + LoggedUri.of(request.uri()) + " " + switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2";
        };
    }
}
