package org.jewelers.careers.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jewelers.web.paging.Page;

/**
 * Full-text search across published articles and stories, career profiles, education programs and open jobs, in
 * one ranked list. Each table keeps its own weighted tsvector (title A, summary B, body C), so ranks compare
 * across kinds.
 */
@ApplicationScoped
public class SiteSearch {

    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager entities;
    private final Clock clock;

    SiteSearch(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    Page<SearchHit> search(SearchCriteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", criteria.text());
        String hits = hits(criteria, parameters);

        Query page = entities.createNativeQuery("with query as (select websearch_to_tsquery('english', :q) as tsq) "
                + "select kind, title, url, rank, ts_headline('english', escaped, query.tsq, :options) from ("
                + hits + ") hit, query order by rank desc, kind, title, url limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("options", HEADLINE_OPTIONS);
        page.setParameter("limit", criteria.size());
        page.setParameter("offset", (long) criteria.page() * criteria.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();

        Query count = entities.createNativeQuery("with query as (select websearch_to_tsquery('english', :q) as tsq) "
                + "select count(*) from (" + hits + ") hit");
        parameters.forEach(count::setParameter);
        return new Page<>(rows.stream().map(row -> new SearchHit((String) row[0], (String) row[1], (String) row[2],
                (String) row[4], ((Number) row[3]).doubleValue())).toList(),
                ((Number) count.getSingleResult()).longValue(), criteria.page(), criteria.size());
    }

    /** The matching rows of every kind the criteria allow, each with the text its snippet is cut from. */
    private String hits(SearchCriteria c, Map<String, Object> parameters) {
        List<String> parts = new ArrayList<>();
        boolean articles = c.kind() == null || c.kind().equals("article") || c.kind().equals("story");
        // Articles and profiles have no place: a search narrowed to a place is about programs and jobs.
        if (articles && !c.located()) {
            parameters.put("now", clock.instant().atOffset(ZoneOffset.UTC));
            List<String> where = new ArrayList<>(List.of("a.search @@ query.tsq", "a.state = 'PUBLISHED'", "a.publish_at <= :now"));
            if (c.kind() != null) {
                where.add("a.kind = :articleKind");
                parameters.put("articleKind", c.kind().toUpperCase(Locale.ROOT));
            }
            area(c, parameters, where, "a.area = :area");
            parts.add("select lower(a.kind) as kind, a.title, '/api/v1/articles/' || a.slug as url, ts_rank(a.search, query.tsq) as rank, "
                    + escaped("a.summary || ' ' || a.body") + " as escaped from article a, query where " + String.join(" and ", where));
        }
        if ((c.kind() == null || c.kind().equals("profile")) && !c.located()) {
            List<String> where = new ArrayList<>(List.of("p.search @@ query.tsq"));
            area(c, parameters, where, "p.area = :area");
            parts.add("select 'profile' as kind, p.title, '/api/v1/career-profiles/' || p.slug as url, ts_rank(p.search, query.tsq) as rank, "
                    + escaped("p.summary || ' ' || p.education") + " as escaped from career_profile p, query where " + String.join(" and ", where));
        }
        if (c.kind() == null || c.kind().equals("program")) {
            List<String> where = new ArrayList<>(List.of("g.search @@ query.tsq"));
            area(c, parameters, where, ":area = any(g.areas)");
            place(c, parameters, where, "g");
            parts.add("select 'program' as kind, g.name as title, '/api/v1/programs/' || g.id as url, ts_rank(g.search, query.tsq) as rank, "
                    + escaped("g.institution || ': ' || g.description") + " as escaped from education_program g, query where " + String.join(" and ", where));
        }
        if (c.kind() == null || c.kind().equals("job")) {
            // Past its expiry a posting is no longer public, even before the sweep has closed it.
            parameters.put("now", clock.instant().atOffset(ZoneOffset.UTC));
            List<String> where = new ArrayList<>(List.of("j.search @@ query.tsq", "j.close_reason is null", "j.expires_at > :now"));
            area(c, parameters, where, "j.area = :area");
            place(c, parameters, where, "j");
            parts.add("select 'job' as kind, j.title, '/api/v1/jobs/' || j.id as url, ts_rank(j.search, query.tsq) as rank, "
                    + escaped("j.description") + " as escaped from job j, query where " + String.join(" and ", where));
        }
        return String.join(" union all ", parts);
    }

    private static void area(SearchCriteria c, Map<String, Object> parameters, List<String> where, String condition) {
        if (c.area() != null) {
            parameters.put("area", c.area());
            where.add(condition);
        }
    }

    private static void place(SearchCriteria c, Map<String, Object> parameters, List<String> where, String table) {
        if (c.state() != null) {
            parameters.put("state", c.state());
            where.add(table + ".state = :state");
        }
        if (c.point() != null) {
            parameters.put("lat", c.point().latitude());
            parameters.put("lng", c.point().longitude());
            parameters.put("radius", c.radiusMeters());
            // Online-only programs have no point; the null test keeps them out of the box test.
            where.add(table + ".latitude is not null");
            where.add("earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(" + table + ".latitude, " + table + ".longitude)");
            where.add("earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(" + table + ".latitude, " + table + ".longitude)) <= :radius");
        }
    }

    /**
     * The snippet's source text with HTML's special characters escaped before ts_headline adds its mark tags, so
     * the only markup in a snippet is the highlighting (the parser reads the entities as entities, not words).
     */
    private static String escaped(String text) {
        return "replace(replace(replace(" + text + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    }
}
