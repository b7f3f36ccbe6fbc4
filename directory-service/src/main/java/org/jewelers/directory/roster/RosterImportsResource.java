package org.jewelers.directory.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/roster-imports")
@Tag(name = "Roster imports", description = "Upkeep of many members at once from the association management system's export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class RosterImportsResource {

    private static final String CSV = "text/csv";

    private static final String EXAMPLE = """
            member_number,name,kind,standing,member_since,website,phone,email,services,location_address,location_city,\
            location_state,location_zip,location_phone,latitude,longitude,time_zone
            JA-104233,Hartwell & Daughters Jewelers,retailer,active,1998-04-01,https://hartwell.example,+1 217 555 0100,\
            hello@hartwell.example,appraisal;repair;bridal,125 Main Street,Springfield,IL,62701,+1 217 555 0101,,,
            JA-104233,Hartwell & Daughters Jewelers,retailer,active,1998-04-01,https://hartwell.example,+1 217 555 0100,\
            hello@hartwell.example,appraisal;repair;bridal,4 Lake Shore Drive,Chicago,IL,60611,+1 312 555 0199,,,
            JA-220871,Ridgeline Gem Setters,manufacturer,grace,2011-09-15,,,,stone-setting;cad-design,\
            88 Quarry Road,Barre,VT,05641,,44.1970,-72.5020,America/New_York
            """;

    private final RosterImports imports;
    private final ImportWorker worker;
    private final Caller caller;
    private final PublicUrls urls;

    RosterImportsResource(RosterImports imports, ImportWorker worker, Caller caller, PublicUrls urls) {
        this.urls = urls;
        this.imports = imports;
        this.worker = worker;
        this.caller = caller;
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "createRosterImport", summary = "Import a roster",
            description = "Staff only. A CSV file as the association management system exports it, one row per "
                    + "location, the firm's fields repeated on each of its rows; `services` holds service codes "
                    + "separated by `;`; `latitude`, `longitude` and `time_zone` are optional (a location's point "
                    + "and zone then come from its ZIP code). Members in the file are added or updated to match it "
                    + "(their fields, their locations, and their standing when given); members not in the file are "
                    + "left alone. A member's rows are checked together: if any is invalid, the member is not "
                    + "touched and all its rows are reported. Importing the same file twice changes nothing the "
                    + "second time. The import runs in the background: follow it at the address in Location. "
                    + "Files up to 20 MB (about 80,000 rows).")
    @RequestBody(required = true, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "two members, one with two locations", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Accepted and queued; Location is where to follow it",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not CSV, or the header lacks required columns; each missing column is named")
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB")
    public Response submit(byte[] csv, UriInfo uri) {
        RosterImport job = imports.submit(csv, caller.subject());
        worker.wake();
        return Response.accepted(imports.report(job.id).orElseThrow())
                .location(urls.created(uri, job.id))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRosterImport", summary = "Follow a roster import",
            description = "Staff only. Its status (queued, running, done, failed), rows read, members created, "
                    + "updated, unchanged and rejected so far, and every rejected row with its line and reason.")
    @APIResponse(responseCode = "200", description = "The import as it stands",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "404", description = "No roster import has this id")
    public ImportReport get(@PathParam("id") UUID id) {
        return imports.report(id).orElseThrow(() -> ProblemException.notFound("Roster import", id));
    }
}
