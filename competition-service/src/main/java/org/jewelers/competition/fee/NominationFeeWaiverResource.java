package org.jewelers.competition.fee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;

/**
 * Staff waive a nomination's fee. A class of its own: staff's nomination desk holds {@code /api/v1/review/nominations},
 * and JAX-RS matches a request to the most specific class path before it looks at methods.
 */
@Path("/api/v1/review/nominations/{id}/fee-waiver")
@Tag(name = "Fees (staff)")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class NominationFeeWaiverResource {

    private final FeeAccounts accounts;
    private final Caller caller;

    NominationFeeWaiverResource(FeeAccounts accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveNominationFee",
            summary = "Waive a nomination's fee", description = "The nomination may then be submitted without paying.")
    @APIResponse(responseCode = "200", description = "The nomination's fee, waived", content = @Content(schema = @Schema(implementation = FeeView.class)))
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "The fee is paid (already-paid) or held by an open checkout (in-checkout)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public FeeView waive(@PathParam("id") UUID id, @NotNull @Valid Waiver waiver) {
        return accounts.waive(SubjectType.NOMINATION, id, waiver.reason(), caller.subject());
    }
}
