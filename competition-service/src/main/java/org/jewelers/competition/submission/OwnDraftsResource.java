package org.jewelers.competition.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What an entrant does to one of their own submissions by id, whatever its kind: read it, and edit or delete it
 * while it is a draft. Each kind's resource extends it under its own path and supplies the three steps, so every
 * kind declares these operations, their answers and their validation once, here; the schemas come from the type
 * arguments, and each kind's operationIds from {@link OwnDraftOperationIds}.
 *
 * <p>An abstract class rather than an interface: Quarkus binds Bean Validation to an inherited method, but not to an
 * implementation whose parameter type differs from the interface's type variable (the patch went unvalidated). The
 * operations are not final, so that CDI interceptors (validation, security) can wrap them.
 *
 * @param <V> the submission as its owner sees it
 * @param <P> an edit of a draft: absent fields stay as they are
 */
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public abstract class OwnDraftsResource<V, P> {

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOwnDraft", summary = "One of yours, whatever its status",
            description = "Drafts, submitted and withdrawn ones alike, as their owner sees them; never "
                    + "another entrant's.")
    @APIResponse(responseCode = "200", description = "The one with this id, as its owner sees it")
    @APIResponse(responseCode = "404", description = "You have none with this id (another entrant's answers the same)")
    public V get(@PathParam("id") UUID id) {
        return own(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOwnDraft",
            summary = "Edit a draft", description = "Absent fields stay as they are. Only drafts can be edited.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "You have none with this id")
    @APIResponse(responseCode = "409", description = "It is no longer a draft")
    public V update(@PathParam("id") UUID id, @NotNull @Valid P patch) {
        return edit(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOwnDraft", summary = "Delete a draft", description = "Only drafts can be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "You have none with this id")
    @APIResponse(responseCode = "409", description = "It is no longer a draft")
    public Response delete(@PathParam("id") UUID id) {
        discard(id);
        return Response.noContent().build();
    }

    /** The caller's own submission with this id; not found for any other. */
    protected abstract V own(UUID id);

    /** Applies the edit to the caller's own draft; a conflict if it is no longer one. */
    protected abstract V edit(UUID id, P patch);

    /** Deletes the caller's own draft; a conflict if it is no longer one. */
    protected abstract void discard(UUID id);
}
