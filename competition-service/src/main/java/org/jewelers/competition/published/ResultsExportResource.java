package org.jewelers.competition.published;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.submission.CsvSheet;

// Beside the entries export (/api/v1/review/editions/{id}/entries.csv), in a package that may read nominations.
@Path("/api/v1/review/editions/{id}/results.csv")
@Tag(name = "Review")
@RolesAllowed("staff")
public class ResultsExportResource {

    static final List<String> COLUMNS = List.of("category", "categoryName", "result", "entryId", "pieceTitle",
            "designerName", "honoreeId", "honoreeName", "jobTitle", "firm", "city", "state");

    private final Editions editions;
    private final CaseResults cases;
    private final HonoreeLists honorees;

    ResultsExportResource(Editions editions, CaseResults cases, HonoreeLists honorees) {
        this.editions = editions;
        this.cases = cases;
        this.honorees = honorees;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportEditionResults",
            summary = "Export an edition's results as CSV", description = "Whether published or not. CASE Awards: "
            + "one row per category's winner and finalist, Best in Show included; 20 Under 40: one row per honoree, "
            + "by list. Each with firm (or employer), city and state. Cells beginning with =, +, -, @, a tab or a "
            + "carriage return start with an apostrophe, so that spreadsheets read them as text rather than formulas.")
    @APIResponse(responseCode = "200", description = "The CSV, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response export(@PathParam("id") UUID id) {
        Edition edition = editions.require(id);
        List<List<String>> rows = new ArrayList<>();
        if (edition.program == Program.CASE_AWARDS) {
            for (CaseResults.Row row : cases.rows(edition)) {
                ResultsView.Piece p = row.piece();
                rows.add(cells(row.category().code(), row.category().name(), row.result(), p.entryId(),
                        p.pieceTitle(), p.designerName(), null, null, null, p.firmName(), p.city(), p.state()));
            }
        } else {
            for (HonoreeLists.Row row : honorees.rows(edition)) {
                ResultsView.Honoree h = row.honoree();
                rows.add(cells(row.list().code(), row.list().name(), "honoree", null, null, null, h.honoreeId(),
                        h.name(), h.jobTitle(), h.employer(), h.city(), h.state()));
            }
        }
        return CsvSheet.attachment(CsvSheet.write(COLUMNS, rows),
                edition.program.code() + "-" + edition.year + "-results.csv");
    }

    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? null : value.toString());
        }
        return cells;
    }
}
