package org.jewelers.gateway.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.gateway.partners.Partner;
import org.jewelers.gateway.partners.PartnerStore;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * The keys partner sites use to call the public API. Staff make them and see all; a partner's administrators (role
 * {@code partner}) see and manage their own partner's only: another partner's key answers 404, as a missing one does.
 */
@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Partner API keys: browser keys (allowed origins) and server keys, rate limit "
        + "and daily quota per key under ceilings staff set, rotation with an overlap")
@RolesAllowed({"staff", "partner"})
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    private static final String NOT_YOURS = "No key has this id, or it is another partner's";

    private final ApiKeyStore store;
    private final PartnerStore partners;
    private final PartnerKeyCache cache;
    private final KeyAccess access;
    private final Caller caller;
    private final Clock clock;
    private final PublicUrls urls;

    ApiKeysResource(ApiKeyStore store, PartnerStore partners, PartnerKeyCache cache, KeyAccess access, Caller caller,
                    Clock clock, PublicUrls urls) {
        this.store = store;
        this.partners = partners;
        this.cache = cache;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.urls = urls;
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create a key", description = "Staff only. Answers the secret once; only its SHA-256 is "
            + "kept. The key belongs to `partnerId`, or, without one, to a partner of its own named after it.")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the secret",
            content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "The partner was merged into another; give that one")
    public Response create(@Valid @NotNull NewApiKey request, @Context UriInfo uri) {
        ApiKeyType type = request.typeOrBrowser();
        List<String> origins = request.originsOrNone();
        requireOriginsFit(type, origins);
        int maxPerMinute = ceiling(request.maxRequestsPerMinute(), request.requestsPerMinute(), "maxRequestsPerMinute");
        int maxPerDay = ceiling(request.maxRequestsPerDay(), request.requestsPerDay(), "maxRequestsPerDay");
        Instant now = Instant.now(clock);
        String name = request.name().strip();
        Partner newPartner = null;
        UUID partnerId = request.partnerId();
        if (partnerId == null) {
            newPartner = new Partner(UUID.randomUUID(), name, null, now, caller.subject(), null);
            partnerId = newPartner.id();
        } else {
            Partner partner = partners.find(partnerId).orElseThrow(() -> ProblemException.notFound("Partner",
                    request.partnerId()));
            if (partner.mergedInto() != null) {
                throw ProblemException.conflict("Partner " + partner.id() + " was merged into " + partner.mergedInto()
                        + "; give that one");
            }
        }
        String secret = ApiKeySecrets.newSecret();
        ApiKey key = new ApiKey(UUID.randomUUID(), partnerId, name, ApiKeySecrets.shownPart(secret), type, origins,
                request.requestsPerMinute(), request.requestsPerDay(), maxPerMinute, maxPerDay, now,
                caller.subject(), null, null, null);
        store.insert(key, ApiKeySecrets.hash(secret), newPartner);
        return Response.created(urls.created(uri, key.id())).entity(new CreatedApiKey(key, secret)).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List keys", description = "Newest first, revoked keys included. Staff see every key (or "
            + "one partner's with `partnerId`); a partner's administrator sees their partner's.")
    @APIResponse(responseCode = "200", description = "One page of keys")
    public Page<ApiKey> list(@QueryParam("partnerId") @Parameter(description = "Staff: only this partner's keys")
                             UUID partnerId,
                             @Valid @BeanParam PageRequest page) {
        UUID only = caller.hasRole("staff") ? partnerId : access.ownPartner();
        return store.list(only, page.offset(), page.size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "A key")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = ApiKey.class)))
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public ApiKey get(@PathParam("id") UUID id) {
        return access.visible(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateApiKey", summary = "Change a key's name, origins or limits",
            description = "Without a new secret. A partner sets the limits up to the key's ceilings; only staff "
                    + "change the ceilings (a ceiling lowered below the limit lowers the limit with it). Takes effect "
                    + "at once in this gateway process and within the key cache's time to live (30 s) in the others.")
    @APIResponse(responseCode = "200", description = "The key as changed", content = @Content(schema = @Schema(implementation = ApiKey.class)))
    @APIResponse(responseCode = "400", description = "A limit above its ceiling, or origins that do not fit the key's type")
    @APIResponse(responseCode = "403", description = "A partner asked to change a ceiling")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "The key is revoked")
    public ApiKey change(@PathParam("id") UUID id, @Valid @NotNull ApiKeyPatch patch) {
        if (patch.changesCeiling() && !caller.hasRole("staff")) {
            access.visible(id);
            throw new ProblemException(ProblemType.FORBIDDEN, "Only staff change a key's ceilings; ask them to raise "
                    + "it");
        }
        // The key is read locked and changed in one transaction: two changes at once apply one after the other,
        // each checked against what the other wrote, so neither is lost nor breaks the ceilings.
        ApiKey stored = store.change(id, key -> changed(access.requireVisible(key), patch))
                .orElseThrow(() -> ProblemException.notFound("API key", id));
        cache.forgetAll();
        return stored;
    }

    private static ApiKey changed(ApiKey key, ApiKeyPatch patch) {
        if (!key.active()) {
            throw ProblemException.conflict("API key " + key.id() + " is revoked");
        }
        List<String> origins = patch.allowedOrigins() == null ? key.allowedOrigins() : List.copyOf(patch.allowedOrigins());
        requireOriginsFit(key.type(), origins);
        int maxPerMinute = patch.maxRequestsPerMinute() == null ? key.maxRequestsPerMinute() : patch.maxRequestsPerMinute();
        int maxPerDay = patch.maxRequestsPerDay() == null ? key.maxRequestsPerDay() : patch.maxRequestsPerDay();
        int perMinute = limit(patch.requestsPerMinute(), key.requestsPerMinute(), maxPerMinute, "requestsPerMinute");
        int perDay = limit(patch.requestsPerDay(), key.requestsPerDay(), maxPerDay, "requestsPerDay");
        return new ApiKey(key.id(), key.partnerId(), patch.name() == null ? key.name() : patch.name().strip(),
                key.prefix(), key.type(), origins, perMinute, perDay, maxPerMinute, maxPerDay, key.createdAt(),
                key.createdBy(), key.rotatedAt(), key.previousSecretExpiresAt(), key.revokedAt());
    }

    @POST
    @Path("/{id}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateApiKey", summary = "Rotate a key's secret", description = "Answers the new secret once. The former secret "
            + "keeps working for `overlapHours` (24 by default, at most 168), then is refused; a secret from before "
            + "an earlier rotation stops at once. Origins, limits and usage stay with the key.")
    @APIResponse(responseCode = "200", description = "The key and its new secret",
            content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "The key is revoked")
    public CreatedApiKey rotate(@PathParam("id") UUID id, @Valid KeyRotation rotation) {
        access.visible(id);
        int hours = rotation == null ? KeyRotation.DEFAULT_OVERLAP_HOURS : rotation.hours();
        // As PostgreSQL keeps it, so that the end is the instant stored, never a rounding after it.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String secret = ApiKeySecrets.newSecret();
        ApiKey rotated = store.rotate(id, ApiKeySecrets.hash(secret), ApiKeySecrets.shownPart(secret), now,
                        now.plus(Duration.ofHours(hours)))
                .orElseThrow(() -> ProblemException.conflict("API key " + id + " is revoked"));
        cache.forgetAll();
        return new CreatedApiKey(rotated, secret);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey",
            summary = "Revoke a key", description = "Refused at once by this gateway process and within the "
            + "key cache's time to live (30 s by default) by every other one. Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public Response revoke(@PathParam("id") UUID id) {
        access.visible(id);
        store.revoke(id, Instant.now(clock)).orElseThrow(() -> ProblemException.notFound("API key", id));
        cache.forgetAll();
        return Response.noContent().build();
    }

    private static void requireOriginsFit(ApiKeyType type, List<String> origins) {
        if (type == ApiKeyType.BROWSER && origins.isEmpty()) {
            throw ProblemException.invalid("allowedOrigins", "a browser key needs the origins of the pages using it");
        }
        if (type == ApiKeyType.SERVER && !origins.isEmpty()) {
            throw ProblemException.invalid("allowedOrigins", "a server key is never used from a page: no origins");
        }
    }

    private static int ceiling(Integer asked, int limit, String field) {
        int ceiling = asked == null ? limit : asked;
        if (ceiling < limit) {
            throw ProblemException.invalid(field, "is below the key's limit (" + limit + ")");
        }
        return ceiling;
    }

    /** The limit asked for, or the current one lowered under a ceiling staff just lowered. */
    private static int limit(Integer asked, int current, int ceiling, String field) {
        if (asked == null) {
            return Math.min(current, ceiling);
        }
        if (asked > ceiling) {
            throw ProblemException.invalid(field, "is above the key's ceiling (" + ceiling + "); only staff raise it");
        }
        return asked;
    }
}
