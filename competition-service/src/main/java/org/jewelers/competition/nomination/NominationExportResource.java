package org.jewelers.competition.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.web.problem.ProblemException;

// Beside /api/v1/review/nominations rather than under it, as a file named after what it holds.
@Path("/api/v1/review/nominations.csv")
@Tag(name = "Review")
@RolesAllowed("staff")
public class NominationExportResource {

    private final Editions editions;
    private final NominationExport export;

    NominationExportResource(Editions editions, NominationExport export) {
        this.editions = editions;
        this.export = export;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportEditionNominations",
            summary = "Export an edition's nominations as CSV", description = "Every submitted nomination "
            + "(screened or not; drafts and nominations without the nominee's consent excluded), by list: nominee, "
            + "status, nominator, employer. Cells beginning with =, +, -, @, a tab or a carriage return start with an "
            + "apostrophe, so that spreadsheets read them as text rather than formulas.")
    @APIResponse(responseCode = "200", description = "The CSV, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No edition given")
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response export(@QueryParam("edition") @Parameter(description = "Edition id", required = true) UUID edition) {
        if (edition == null) {
            throw ProblemException.invalid("edition", "is required: the edition whose nominations to export");
        }
        Edition found = editions.require(edition);
        return CsvSheet.attachment(export.csv(edition), found.program.code() + "-" + found.year + "-nominations.csv");
    }
}
