package org.jewelers.gateway.keys;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;

/** Staff manage the keys partner sites use to call the public API. */
@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Partner API keys: browser keys (allowed origins) and server keys, rate limit "
        + "and daily quota per key")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    private final ApiKeyStore store;
    private final PartnerKeyCache cache;
    private final SecurityIdentity caller;
    private final Clock clock;
    private final PublicUrls urls;

    ApiKeysResource(ApiKeyStore store, PartnerKeyCache cache, SecurityIdentity caller, Clock clock, PublicUrls urls) {
        this.urls = urls;
        this.store = store;
        this.cache = cache;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey",
            summary = "Create a key", description = "Answers the secret once; only its SHA-256 is kept.")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the secret",
            content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
    public Response create(@Valid @NotNull NewApiKey request, @Context UriInfo uri) {
        ApiKeyType type = request.typeOrBrowser();
        List<String> origins = request.originsOrNone();
        if (type == ApiKeyType.BROWSER && origins.isEmpty()) {
            throw ProblemException.invalid("allowedOrigins", "a browser key needs the origins of the pages using it");
        }
        if (type == ApiKeyType.SERVER && !origins.isEmpty()) {
            throw ProblemException.invalid("allowedOrigins", "a server key is never used from a page: no origins");
        }
        String secret = ApiKeySecrets.newSecret();
        ApiKey key = new ApiKey(UUID.randomUUID(), request.name().strip(), ApiKeySecrets.shownPart(secret), type,
                origins, request.requestsPerMinute(), request.requestsPerDay(),
                Instant.now(clock), caller.getPrincipal().getName(), null);
        store.insert(key, ApiKeySecrets.hash(secret));
        return Response.created(urls.created(uri, key.id()))
                .entity(new CreatedApiKey(key, secret)).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List keys", description = "Newest first, revoked keys included.")
    @APIResponse(responseCode = "200", description = "One page of keys")
    public Page<ApiKey> list(@Valid @BeanParam PageRequest page) {
        return store.list(page.offset(), page.size);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey",
            summary = "Revoke a key", description = "Refused at once by this gateway process and within the "
            + "key cache's time to live (30 s by default) by every other one. Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No key has this id")
    public Response revoke(@PathParam("id") UUID id) {
        store.revoke(id, Instant.now(clock)).orElseThrow(() -> ProblemException.notFound("API key", id));
        cache.forgetAll();
        return Response.noContent().build();
    }
}
