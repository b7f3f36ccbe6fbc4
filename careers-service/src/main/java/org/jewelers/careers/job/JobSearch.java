package org.jewelers.careers.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.geo.Distance;

/**
 * Finds open postings: one statement for the page (with each employer's name, distance and rank), one for the
 * total; both share the matching rules, written once below.
 */
@ApplicationScoped
public class JobSearch {

    private final EntityManager entities;
    private final Clock clock;

    JobSearch(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    public JobSearchResult search(JobSearchCriteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, parameters);
        String distance = criteria.point() == null ? "null::float8"
                : "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(j.latitude, j.longitude))";
        String rank = criteria.text() == null ? "0::real" : "ts_rank(j.search, websearch_to_tsquery('english', :q))";

        Query page = entities.createNativeQuery("select j.id, f.name, " + distance + " as distance_m, " + rank + " as rank"
                + " from job j left join member_firm f on f.id = j.member_id where " + where
                + " order by " + criteria.orderBy() + ", j.id limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("limit", criteria.size());
        page.setParameter("offset", (long) criteria.page() * criteria.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();

        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Job> jobs = ids.isEmpty() ? Map.of()
                : entities.createQuery("from Job where id in :ids", Job.class).setParameter("ids", ids).getResultList()
                        .stream().collect(Collectors.toMap(job -> job.id, Function.identity()));
        List<JobSearchResult.Hit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Double meters = row[2] == null ? null : ((Number) row[2]).doubleValue();
            Double distanceInUnit = meters == null ? null : Math.round(criteria.unit().fromMeters(meters) * 100) / 100.0;
            hits.add(new JobSearchResult.Hit(JobView.of(jobs.get((UUID) row[0]), (String) row[1]), distanceInUnit));
        }

        Query count = entities.createNativeQuery("select count(*) from job j where " + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new JobSearchResult(hits, total, criteria.page(), criteria.size(),
                criteria.unit() == Distance.KILOMETERS ? "km" : "mi");
    }

    private String where(JobSearchCriteria c, Map<String, Object> parameters) {
        // Past its expiry a posting is no longer public, even before the sweep has closed it.
        List<String> where = new ArrayList<>(List.of("j.close_reason is null", "j.expires_at > :now"));
        parameters.put("now", clock.instant().atOffset(ZoneOffset.UTC));
        if (c.text() != null) {
            parameters.put("q", c.text());
            where.add("j.search @@ websearch_to_tsquery('english', :q)");
        }
        if (c.area() != null) {
            parameters.put("area", c.area());
            where.add("j.area = :area");
        }
        if (c.employmentType() != null) {
            parameters.put("employmentType", c.employmentType().name());
            where.add("j.employment_type = :employmentType");
        }
        if (c.memberId() != null) {
            parameters.put("memberId", c.memberId());
            where.add("j.member_id = :memberId");
        }
        if (c.point() != null) {
            parameters.put("lat", c.point().latitude());
            parameters.put("lng", c.point().longitude());
            parameters.put("radius", c.radiusMeters());
            // The box is the index's coarse cut; the exact great-circle test follows.
            where.add("earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(j.latitude, j.longitude)");
            where.add("earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(j.latitude, j.longitude)) <= :radius");
        }
        return String.join(" and ", where);
    }
}
