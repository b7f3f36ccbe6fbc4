package org.jewelers.careers.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.web.Coded;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

@Path("/api/v1/articles")
@Tag(name = "Articles", description = "Articles and stories about careers in the jewelry industry, and their publishing workflow")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {


    private final Articles articles;
    private final ArticleHistory history;
    private final Cacheable cacheable;
    private final Caller caller;
    private final Clock clock;
    private final PublicUrls urls;

    ArticlesResource(Articles articles, ArticleHistory history, Cacheable cacheable, Caller caller, Clock clock, PublicUrls urls) {
        this.urls = urls;
        this.articles = articles;
        this.history = history;
        this.cacheable = cacheable;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Published articles and stories",
            description = "Public, no token. Only published content whose publication instant has passed, newest "
                    + "first; drafts, articles in review, scheduled ones not yet due and archived ones never show. "
                    + "Answers carry an ETag. Staff may name a state instead, e.g. to find the spotlight drafts "
                    + "waiting for them (state=draft&tag=case-awards, state=draft&tag=20-under-40).")
    @APIResponse(responseCode = "200", description = "One page of articles",
            content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "401", description = "A state filter without a token")
    @APIResponse(responseCode = "403", description = "A state filter with a token that is not staff's")
    public Response list(@QueryParam("state") @Parameter(description = "Staff only: articles in this state (draft, "
                                 + "in-review, published including scheduled ones, archived)", example = "draft") String state,
                         @QueryParam("tag") @Parameter(description = "Only articles with this tag", example = "20-under-40") String tag,
                         @QueryParam("kind") @Parameter(description = "article or story", example = "story") String kind,
                         @QueryParam("area") @Parameter(description = "A career area slug", example = "retail-sales") String area,
                         @BeanParam @Valid PageRequest paging, @Context Request request,
                         @Context SecurityContext security) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ArticleState parsedState = null;
        if (state != null) {
            if (!security.isUserInRole("staff")) {
                // Asked after the role check: that check is what authenticates a caller on this public route.
                throw security.getUserPrincipal() == null
                        ? new ProblemException(ProblemType.UNAUTHORIZED, "Listing articles by state needs a staff token")
                        : new ProblemException(ProblemType.FORBIDDEN, "Only staff may list articles by state");
            }
            try {
                parsedState = Coded.ofCode(ArticleState.class, state);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("state", "must be draft, in-review, published or archived"));
            }
        }
        if (tag != null && !Articles.SLUG.matcher(tag).matches()) {
            errors.add(new Problem.FieldError("tag", "must be lowercase words joined by hyphens"));
        }
        ArticleKind parsedKind = null;
        if (kind != null) {
            try {
                parsedKind = Coded.ofCode(ArticleKind.class, kind);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "must be article or story"));
            }
        }
        if (area != null && !Articles.SLUG.matcher(area).matches()) {
            errors.add(new Problem.FieldError("area", "must be a career area slug, see /api/v1/career-areas"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Page<ArticleSummary> page = articles.page(parsedState, tag, parsedKind, area, paging.page, paging.size);
        if (parsedState != null) {
            return Response.ok(page).build();
        }
        return cacheable.ok(request, page, Freshness.CHANGING);
    }

    @GET
    @Path("{article}")
    @Operation(operationId = "getArticle", summary = "One article or story",
            description = "Public while published and due; otherwise 404, except to staff, who see every state. A "
                    + "slug the article had before answers 301 with Location naming its current slug. Staff may also "
                    + "name an article by its id. Public answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "301", description = "An old slug: Location is the article under its current slug",
            headers = @Header(name = "Location", description = "/api/v1/articles/{current-slug}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such article, or (to the public) one that is not published")
    public Response get(@PathParam("article") @Parameter(description = "The article's slug, an old slug of it, or its id",
                                example = "how-to-become-a-bench-jeweler") String slug,
                        @Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        Article article = find(slug).orElseThrow(() -> ProblemException.notFound("Article", slug));
        boolean isPublic = article.isPublicAt(clock.instant());
        if (!isPublic && !security.isUserInRole("staff")) {
            throw ProblemException.notFound("Article", slug);
        }
        if (Articles.isSlug(slug) && !slug.equals(article.slug)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(urls.of("/api/v1/articles/" + article.slug)).build();
        }
        if (isPublic) {
            return cacheable.ok(request, ArticleView.of(article), Freshness.CHANGING);
        }
        return Response.ok(ArticleView.of(article)).build();
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle",
            summary = "Write a new draft", description = "Staff. The article starts as a draft, never public.")
    @APIResponse(responseCode = "201", description = "Created; Location names it by id",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The slug is (or was) another article's")
    public Response create(@NotNull @Valid NewArticle request, @Context UriInfo uri) {
        Article article = articles.create(request, caller.subject());
        return Response.created(urls.created(uri, article.id))
                .entity(ArticleView.of(article)).build();
    }

    @PATCH
    @Path("{article}")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateArticle", summary = "Edit an article",
            description = "Staff. Absent fields stay. Allowed in every state but archived; a published article "
                    + "stays published. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "The article after the change",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article is archived, or the slug is another article's")
    @APIResponse(responseCode = "404", description = "No article has this id")
    public ArticleView edit(@PathParam("article") @Parameter(description = "The article's id") UUID id, @NotNull @Valid ArticlePatch patch) {
        return ArticleView.of(articles.edit(id, patch, caller.subject()));
    }

    @POST
    @Path("{article}/submit")
    @RolesAllowed("staff")
    @Operation(operationId = "submitArticle",
            summary = "Submit a draft for review", description = "Staff. From draft to in review.")
    @APIResponse(responseCode = "200", description = "The article in review",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article is not a draft")
    @APIResponse(responseCode = "404", description = "No article has this id")
    public ArticleView submit(@PathParam("article") @Parameter(description = "The article's id") UUID id) {
        return ArticleView.of(articles.submit(id, caller.subject()));
    }

    @POST
    @Path("{article}/publish")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishArticle", summary = "Publish now or schedule",
            description = "Staff. From in review to published, now or at publishAt; the article appears to the "
                    + "public at that instant. A scheduled article not yet out may be rescheduled.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = Publication.class)))
    @APIResponse(responseCode = "200", description = "The published (or scheduled) article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article is not in review")
    @APIResponse(responseCode = "404", description = "No article has this id")
    public ArticleView publish(@PathParam("article") @Parameter(description = "The article's id") UUID id, Publication publication) {
        return ArticleView.of(articles.publish(id, publication, caller.subject()));
    }

    @POST
    @Path("{article}/archive")
    @RolesAllowed("staff")
    @Operation(operationId = "archiveArticle",
            summary = "Archive an article", description = "Staff. From any other state; it leaves the public site.")
    @APIResponse(responseCode = "200", description = "The archived article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article is already archived")
    @APIResponse(responseCode = "404", description = "No article has this id")
    public ArticleView archive(@PathParam("article") @Parameter(description = "The article's id") UUID id) {
        return ArticleView.of(articles.archive(id, caller.subject()));
    }

    @GET
    @Path("{article}/revisions")
    @RolesAllowed("staff")
    @Operation(operationId = "listArticleRevisions",
            summary = "Revision history", description = "Staff. Every change, newest first: who, when, what changed.")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "404", description = "No article has this id")
    public Page<AuditEntry> revisions(@PathParam("article") @Parameter(description = "The article's id") UUID id, @BeanParam @Valid PageRequest paging) {
        articles.require(id);
        return history.of(id, paging.page, paging.size);
    }

    private Optional<Article> find(String ref) {
        if (Articles.isSlug(ref)) {
            return articles.bySlug(ref);
        }
        try {
            return articles.findByIdOptional(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** For the OpenAPI document: a page of article summaries. */
    @Schema(name = "ArticlePage")
    record ArticlePage(List<ArticleSummary> items, long total, int page, int size) {
    }

    /** For the OpenAPI document: a page of revisions. */
    @Schema(name = "ArticleRevisionPage")
    record RevisionPage(List<AuditEntry> items, long total, int page, int size) {
    }
}
