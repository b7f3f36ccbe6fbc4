package org.jewelers.careers.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.jsonld.ScriptSafeJsonLdWriter;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

@Path("/api/v1/jobs/{id}")
@Tag(name = "Jobs", description = "Job postings by member employers")
@APIResponse(responseCode = "404", description = "No such posting, or (to the public) one that is no longer open")
public class JobResource {

    public static final String JSON_LD = ScriptSafeJsonLdWriter.MEDIA_TYPE;

    private final Jobs jobs;
    private final Caller caller;
    private final Clock clock;

    JobResource(Jobs jobs, Caller caller, Clock clock) {
        this.jobs = jobs;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, JSON_LD})
    @Operation(operationId = "getJob", summary = "One job posting",
            description = "Public while open. Closed postings, and those past their valid-through date, are 404 to "
                    + "the public; staff and the posting firm's members still see them (as JSON). Send "
                    + "Accept: application/ld+json for the schema.org JobPosting JSON-LD of an open posting, ready "
                    + "to embed in a page as a script element of type application/ld+json, for job search engines.")
    @APIResponse(responseCode = "200", description = "The posting",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)),
                    @Content(mediaType = JSON_LD, schema = @Schema(implementation = JobPosting.class))})
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Job job = jobs.require(id);
        boolean isPublic = job.isPublicAt(clock.instant());
        if (!isPublic && !caller.hasRole("staff") && !(caller.hasRole("member") && caller.speaksFor(job.memberId))) {
            throw ProblemException.notFound("Job", id);
        }
        JobView view = jobs.view(job);
        if (prefersJsonLd(headers)) {
            if (!isPublic) {
                // Search engines must never be handed a closed posting as a live one.
                throw ProblemException.notFound("Open job", id);
            }
            return Response.ok(JobPosting.of(job, view.employerName()), JSON_LD).build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @PATCH
    @RolesAllowed({"member", "staff"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateJob", summary = "Edit or close a job posting",
            description = "Staff, or role member for the posting's own firm. Absent fields stay. closeReason (filled "
                    + "or withdrawn, alone) closes the posting, announced as careers.job.closed; a closed posting "
                    + "cannot change (409).")
    @APIResponse(responseCode = "200", description = "The posting after the change",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", description = "The posting belongs to another firm")
    @APIResponse(responseCode = "409", description = "The posting is closed")
    public JobView update(@PathParam("id") UUID id, @NotNull @Valid JobPatch patch) {
        Job job = jobs.require(id);
        if (!caller.hasRole("staff") && !caller.speaksFor(job.memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may change only your own firm's postings");
        }
        return jobs.view(jobs.edit(id, patch));
    }

    /** JSON-LD only when the client names application/ld+json ahead of JSON; wildcards get plain JSON. */
    private static boolean prefersJsonLd(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.valueOf(JSON_LD)) && !acceptable.isWildcardType() && !acceptable.isWildcardSubtype()) {
                return true;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
