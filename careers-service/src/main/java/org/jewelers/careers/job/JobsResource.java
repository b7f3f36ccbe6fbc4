package org.jewelers.careers.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

@Path("/api/v1/jobs")
@Tag(name = "Jobs", description = "Job postings by member employers")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {


    private final Jobs jobs;
    private final JobSearch search;
    private final Caller caller;
    private final ZipPlaces zips;
    private final Cacheable cacheable;
    private final PublicUrls urls;

    JobsResource(Jobs jobs, JobSearch search, Caller caller, ZipPlaces zips, Cacheable cacheable, PublicUrls urls) {
        this.urls = urls;
        this.jobs = jobs;
        this.search = search;
        this.caller = caller;
        this.zips = zips;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "searchJobs", summary = "Find open jobs",
            description = "Public, no token. Open postings only (closed or past their valid-through date never show): "
                    + "text in title and description, career area, employment type, employer, ZIP with a radius in "
                    + "miles or km; sorted by distance, relevance, date posted, valid-through or title. Answers carry "
                    + "an ETag.")
    @APIResponse(responseCode = "200", description = "One page of postings",
            content = @Content(schema = @Schema(implementation = JobSearchResult.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "An invalid or conflicting parameter, named in errors[].field")
    public Response search(@BeanParam JobSearchParameters parameters, @Context Request request) {
        return cacheable.ok(request, search.search(JobSearchCriteria.from(parameters, zips)), Freshness.CHANGING);
    }

    @POST
    @RolesAllowed({"member", "staff"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createJob", summary = "Post a job",
            description = "Role member posts for the firm in its token's member_id (memberId may be left out); staff "
                    + "name the firm in memberId. The firm must be a member in good standing. Opening is announced "
                    + "as careers.job.opened.")
    @APIResponse(responseCode = "201", description = "Posted; Location names the new posting",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", description = "A member token posting for another firm")
    @APIResponse(responseCode = "422", description = "The firm is not a member in good standing (type "
            + "https://jewelers.example/problems/employer-not-in-good-standing)")
    public Response post(@NotNull @Valid NewJob request, UriInfo uri) {
        UUID employer;
        if (caller.hasRole("staff")) {
            if (request.memberId() == null) {
                throw ProblemException.invalid("memberId", "is required when staff post a job");
            }
            employer = request.memberId();
        } else {
            employer = caller.memberId();
            if (employer == null) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Your token names no member firm (member_id)");
            }
            if (request.memberId() != null && !request.memberId().equals(employer)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "You may post jobs only for your own firm");
            }
        }
        Job job = jobs.post(employer, request);
        return Response.created(urls.created(uri, job.id))
                .entity(jobs.view(job)).build();
    }
}
