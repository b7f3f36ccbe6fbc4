package org.jewelers.web.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Public answers that partner sites and browsers may cache: a strong ETag over the exact body, Cache-Control, and
 * 304 Not Modified when the client already holds that body. How long it may be kept depends on its
 * {@link Freshness}, in configuration.
 */
@ApplicationScoped
public class Cacheable {

    private final ObjectMapper json;
    private final PublicCacheLifetimes lifetimes;

    Cacheable(ObjectMapper json, PublicCacheLifetimes lifetimes) {
        this.json = json;
        this.lifetimes = lifetimes;
    }

    public Response ok(Request request, Object entity, Freshness freshness) {
        byte[] body = body(entity);
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) freshness.maxAge(lifetimes).toSeconds());
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.tag(tag).cacheControl(cache).header(HttpHeaders.VARY, "Origin").build();
    }

    /**
     * The ETag {@link #ok} answers for this entity: what a client sends back in If-Match to change only the copy it
     * read.
     */
    public EntityTag tag(Object entity) {
        return new EntityTag(digest(body(entity)));
    }

    private byte[] body(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + entity.getClass().getSimpleName(), e);
        }
    }

    private static String digest(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(DigestUtils.sha256(body)).substring(0, 27);
    }
}
