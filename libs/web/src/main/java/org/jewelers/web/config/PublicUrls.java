package org.jewelers.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every absolute URL an app writes (Location headers, links in email, the API catalogue's servers) starts with the
 * one configured public base URL ({@code web.public-base-url}: where the public reaches the gateway), never with the
 * Host header of the request, which any caller sets as it likes.
 */
@ApplicationScoped
public class PublicUrls {

    private final URI base;

    PublicUrls(@ConfigProperty(name = "web.public-base-url") URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** The public URL of an absolute path such as {@code /api/v1/articles/some-slug}. */
    public URI of(String path) {
        return UriBuilder.fromUri(base).path(path).build();
    }

    /** What a 201 names in Location: the resource {@code id} under the path the request was sent to. */
    public URI created(UriInfo request, Object id) {
        return UriBuilder.fromUri(base).path(request.getPath()).path(id.toString()).build();
    }
}
