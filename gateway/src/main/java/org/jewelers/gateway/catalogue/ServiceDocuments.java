package org.jewelers.gateway.catalogue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Iterator;
import org.jboss.logging.Logger;
import org.jewelers.gateway.edge.EdgeAnswers;
import org.jewelers.gateway.routing.Upstreams;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.problem.ProblemType;

/**
 * Serves each service's OpenAPI document at {@code /openapi/{service}}, fetched from the service's
 * {@code /q/openapi} (which only the gateway can reach), with {@code servers} set to the gateway's public base URL
 * (never the caller's Host header), so that "Try it out" in the catalogue at {@code /docs} goes through the gateway.
 */
@Singleton
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);

    private final Upstreams upstreams;
    private final EdgeAnswers answers;
    private final PublicUrls urls;

    ServiceDocuments(Upstreams upstreams, EdgeAnswers answers, PublicUrls urls) {
        this.upstreams = upstreams;
        this.answers = answers;
        this.urls = urls;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient();
        router.get("/openapi/:service").handler(ctx -> serve(ctx, client));
    }

    private void serve(RoutingContext ctx, HttpClient client) {
        String service = ctx.pathParam("service");
        Upstreams.Upstream upstream = upstreams.upstreams().get(service);
        if (upstream == null) {
            answers.problem(ctx, ProblemType.NOT_FOUND, "No service named " + service
                    + "; the catalogue lists " + String.join(", ", upstreams.upstreams().keySet()));
            return;
        }
        fetch(client, upstream, upstream.instances().iterator())
                .onSuccess(document -> ctx.response().putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-cache")
                        .end(throughGateway(document).encode()))
                .onFailure(failure -> {
                    LOG.warnf("the OpenAPI document of %s is unavailable: %s", service, failure.getMessage());
                    ctx.response().putHeader("Retry-After", "5");
                    answers.problem(ctx, ProblemType.UNAVAILABLE,
                            "The " + service + " service's API description cannot be fetched right now");
                });
    }

    /** The document from the first instance that gives it: every instance of a service serves the same one. */
    private static Future<JsonObject> fetch(HttpClient client, Upstreams.Upstream upstream, Iterator<URI> instances) {
        URI url = instances.next();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(url.getHost()).setPort(url.getPort() < 0 ? 80 : url.getPort())
                .setURI("/q/openapi?format=json").setIdleTimeout(upstream.timeout().toMillis())
                .putHeader("Accept", "application/json");
        Future<JsonObject> document = client.request(request)
                .compose(sent -> sent.send().compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("answered " + response.statusCode());
                    }
                    return body.toJsonObject();
                })));
        return instances.hasNext() ? document.recover(failure -> fetch(client, upstream, instances)) : document;
    }

    private JsonObject throughGateway(JsonObject document) {
        return document.put("servers", new JsonArray().add(new JsonObject()
                .put("url", urls.base().toString()).put("description", "The association's gateway")));
    }
}
