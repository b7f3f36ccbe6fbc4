package org.jewelers.careers.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jewelers.careers.area.CareerAreas;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/**
 * The publishing rules for articles and stories: draft, in review, published (now or at an instant), archived.
 * Every change is recorded in the revision history in the same transaction.
 */
@ApplicationScoped
public class Articles implements PanacheRepositoryBase<Article, UUID> {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UUID_SHAPE = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final int MAX_SLUG = 120;

    private final Clock clock;
    private final CareerAreas areas;
    private final ArticleHistory history;

    Articles(Clock clock, CareerAreas areas, ArticleHistory history) {
        this.clock = clock;
        this.areas = areas;
        this.history = history;
    }

    @Transactional
    public Article create(NewArticle request, String actor) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.kind = request.kind();
        article.title = request.title().strip();
        article.summary = request.summary().strip();
        article.body = request.body().strip();
        article.area = area(request.area());
        article.tags = tags(request.tags());
        article.slug = request.slug() == null ? freeSlugFor(article.title) : claimableSlug(request.slug(), null);
        article.state = ArticleState.DRAFT;
        article.createdAt = clock.instant();
        article.updatedAt = article.createdAt;
        persist(article);
        claim(article);
        flush();
        history.record(article.id, actor, "created", null, ArticleView.of(article));
        return article;
    }

    @Transactional
    public Article edit(UUID id, ArticlePatch patch, String actor) {
        Article article = lock(id);
        if (article.state == ArticleState.ARCHIVED) {
            throw ProblemException.conflict("Article " + id + " is archived; archived articles do not change");
        }
        ArticleView before = ArticleView.of(article);
        if (patch.kind() != null) {
            article.kind = patch.kind();
        }
        if (patch.title() != null) {
            article.title = required("title", patch.title());
        }
        if (patch.summary() != null) {
            article.summary = required("summary", patch.summary());
        }
        if (patch.body() != null) {
            article.body = required("body", patch.body());
        }
        if (patch.area() != null) {
            article.area = area(patch.area());
        }
        if (patch.tags() != null) {
            article.tags = tags(patch.tags());
        }
        if (patch.slug() != null && !patch.slug().equals(article.slug)) {
            article.slug = claimableSlug(patch.slug(), article.id);
            claim(article);
        }
        return changed(article, before, actor, "edited");
    }

    @Transactional
    public Article submit(UUID id, String actor) {
        Article article = lock(id);
        requireState(article, "submitted for review", ArticleState.DRAFT);
        ArticleView before = ArticleView.of(article);
        article.state = ArticleState.IN_REVIEW;
        return changed(article, before, actor, "submitted");
    }

    /** Publishes a reviewed article now or at a later instant; an article scheduled but not yet out may be rescheduled. */
    @Transactional
    public Article publish(UUID id, Publication publication, String actor) {
        Article article = lock(id);
        Instant now = clock.instant();
        boolean scheduled = article.state == ArticleState.PUBLISHED && article.publishAt.isAfter(now);
        if (!scheduled) {
            requireState(article, "published", ArticleState.IN_REVIEW);
        }
        Instant at = publication == null || publication.publishAt() == null ? now : publication.publishAt();
        if (at.isBefore(now)) {
            throw ProblemException.invalid("publishAt", "must be now or later; leave it out to publish now");
        }
        ArticleView before = ArticleView.of(article);
        article.state = ArticleState.PUBLISHED;
        article.publishAt = at;
        return changed(article, before, actor, "published");
    }

    @Transactional
    public Article archive(UUID id, String actor) {
        Article article = lock(id);
        requireState(article, "archived", ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.PUBLISHED);
        ArticleView before = ArticleView.of(article);
        article.state = ArticleState.ARCHIVED;
        return changed(article, before, actor, "archived");
    }

    public Article require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Article", id));
    }

    /** The article a slug names, be it its current slug or one it had before. */
    public Optional<Article> bySlug(String slug) {
        return getEntityManager().createQuery("select a from Article a, ArticleSlug s where s.slug = :slug and a.id = s.articleId",
                Article.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /**
     * Drafts the spotlight story of an award (a CASE winner or a 20 Under 40 honoree), unless the award already has
     * one (award ids are unique, so a concurrent second draft fails instead of doubling); joins the caller's
     * transaction (the event's).
     *
     * @return whether it drafted one
     */
    @Transactional
    public boolean draftSpotlight(Spotlight spotlight) {
        if (count("awardId", spotlight.awardId()) > 0) {
            return false;
        }
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.awardId = spotlight.awardId();
        article.kind = ArticleKind.STORY;
        article.title = spotlight.title();
        article.summary = spotlight.summary();
        article.body = spotlight.body();
        article.tags = List.of(spotlight.tag());
        article.slug = freeSlugFor(spotlight.slugSource());
        article.state = ArticleState.DRAFT;
        article.createdAt = clock.instant();
        article.updatedAt = article.createdAt;
        persist(article);
        claim(article);
        flush();
        history.record(article.id, Spotlight.ACTOR, "drafted", null, ArticleView.of(article));
        return true;
    }

    /**
     * One page of articles, the newest publication first; null filters are not applied. Without a state, only
     * what the public may see: published and due.
     */
    public Page<ArticleSummary> page(ArticleState state, String tag, ArticleKind kind, String area, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (state == null) {
            where.add("state = 'PUBLISHED' and publish_at <= :now");
            parameters.put("now", clock.instant().atOffset(ZoneOffset.UTC));
        } else {
            where.add("state = :state");
            parameters.put("state", state.name());
        }
        if (tag != null) {
            where.add(":tag = any(tags)");
            parameters.put("tag", tag);
        }
        if (kind != null) {
            where.add("kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (area != null) {
            where.add("area = :area");
            parameters.put("area", area);
        }
        String condition = String.join(" and ", where);
        Query ids = getEntityManager().createNativeQuery("select id from article where " + condition
                + " order by publish_at desc nulls first, updated_at desc, id limit :limit offset :offset");
        parameters.forEach(ids::setParameter);
        ids.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.getResultList();
        Map<UUID, Article> byId = found.isEmpty() ? Map.of()
                : list("id in ?1", found).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Query count = getEntityManager().createNativeQuery("select count(*) from article where " + condition);
        parameters.forEach(count::setParameter);
        return new Page<>(found.stream().map(byId::get).map(ArticleSummary::of).toList(),
                ((Number) count.getSingleResult()).longValue(), page, size);
    }

    /** True for text that could be an article's slug; a UUID never is, so that ids and slugs share one path. */
    static boolean isSlug(String text) {
        return text != null && text.length() <= MAX_SLUG && SLUG.matcher(text).matches() && !UUID_SHAPE.matcher(text).matches();
    }

    private Article changed(Article article, ArticleView before, String actor, String action) {
        article.updatedAt = clock.instant();
        // The flush raises the version, so the revision compares the row as it now stands.
        flush();
        history.record(article.id, actor, action, before, ArticleView.of(article));
        return article;
    }

    private Article lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Article", id));
    }

    private static void requireState(Article article, String move, ArticleState... allowed) {
        if (!List.of(allowed).contains(article.state)) {
            throw ProblemException.conflict("Article " + article.id + " is " + article.state.code() + " and cannot be "
                    + move + " (allowed from " + List.of(allowed).stream().map(ArticleState::code)
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private static String required(String field, String value) {
        if (value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank");
        }
        return value.strip();
    }

    private String area(String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        if (!areas.exists(area)) {
            throw ProblemException.invalid("area", "'" + area + "' is not a career area; see /api/v1/career-areas");
        }
        return area;
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (t.length() > 40 || !SLUG.matcher(t).matches()) {
                throw ProblemException.invalid("tags", "each tag is lowercase words joined by hyphens, at most 40 characters: '" + tag + "'");
            }
            normalized.add(t);
        }
        return List.copyOf(normalized);
    }

    /** A slug the article may take: well-formed, and not another article's now or before. */
    private String claimableSlug(String slug, UUID articleId) {
        if (!isSlug(slug)) {
            throw ProblemException.invalid("slug", "must be lowercase letters and digits in words joined by hyphens, "
                    + "at most " + MAX_SLUG + " characters, and not shaped like a UUID");
        }
        ArticleSlug taken = getEntityManager().find(ArticleSlug.class, slug);
        if (taken != null && !taken.articleId.equals(articleId)) {
            throw ProblemException.conflict("The slug '" + slug + "' belongs to another article");
        }
        return slug;
    }

    /** A slug made from the title, numbered when an article already has (or had) it. */
    String freeSlugFor(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > MAX_SLUG - 4) {
            base = base.substring(0, MAX_SLUG - 4).replaceAll("-+$", "");
        }
        if (base.isEmpty() || !isSlug(base)) {
            base = "article";
        }
        String slug = base;
        for (int n = 2; getEntityManager().find(ArticleSlug.class, slug) != null; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private void claim(Article article) {
        if (getEntityManager().find(ArticleSlug.class, article.slug) == null) {
            ArticleSlug slug = new ArticleSlug();
            slug.slug = article.slug;
            slug.articleId = article.id;
            getEntityManager().persist(slug);
        }
    }
}
