package org.jewelers.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.directory.hours.OpeningTimes;
import org.jewelers.directory.listing.Listing;
import org.jewelers.directory.listing.Listings;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.geo.Distance;

/**
 * Finds listed member firms. Two statements per search: one page of firms with their listings, and the total with
 * the facet counts; both share the same matching rules, written once below.
 */
@ApplicationScoped
public class MemberSearch {

    private final EntityManager entities;
    private final Listings listings;
    private final Clock clock;

    MemberSearch(EntityManager entities, Listings listings, Clock clock) {
        this.entities = entities;
        this.listings = listings;
        this.clock = clock;
    }

    public SearchResult search(SearchCriteria criteria) {
        // One moment for the whole search, so that the open-now filter and each hit's opening agree.
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        String matches = matches(criteria, now, parameters);

        Query page = entities.createNativeQuery(matches
                + "select x.id, x.location_id, x.distance_m, " + Listings.LISTING_JSON
                + " from matches x join member m on m.id = x.id"
                + " order by " + order(criteria.sort()) + ", x.id limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("today", LocalDate.now(clock));
        page.setParameter("limit", criteria.size());
        page.setParameter("offset", criteria.page() * criteria.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        List<SearchResult.Hit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Listing listing = listings.parse((String) row[3]);
            UUID locationId = (UUID) row[1];
            Listing.LocationView location = listing.locations().stream()
                    .filter(l -> l.id().equals(locationId)).findFirst().orElseThrow();
            Double distance = row[2] == null ? null
                    : Math.round(criteria.unit().fromMeters(((Number) row[2]).doubleValue()) * 100) / 100.0;
            hits.add(SearchResult.Hit.of(listing, location, distance, OpeningTimes.at(location, now)));
        }

        Query facets = entities.createNativeQuery(matches + """
                select 'total', null, count(*) from matches
                union all
                select 'kind', x.kind, count(*) from matches x group by x.kind
                union all
                select 'service', s.service, count(*) from matches x join member_service s on s.member_id = x.id group by s.service
                union all
                select 'state', x.state, count(*) from matches x group by x.state
                union all
                select 'honor', h.program, count(distinct x.id) from matches x join member_honor h on h.member_id = x.id group by h.program""");
        parameters.forEach(facets::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = facets.getResultList();
        long total = 0;
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> services = new TreeMap<>();
        Map<String, Long> states = new TreeMap<>();
        Map<String, Long> honors = new TreeMap<>();
        for (Object[] count : counts) {
            long n = ((Number) count[2]).longValue();
            switch ((String) count[0]) {
                case "total" -> total = n;
                case "kind" -> kinds.put(Kind.valueOf((String) count[1]).code(), n);
                case "service" -> services.put(Service.valueOf((String) count[1]).code(), n);
                case "state" -> states.put((String) count[1], n);
                default -> honors.put((String) count[1], n);
            }
        }
        return new SearchResult(hits, total, criteria.page(), criteria.size(),
                criteria.unit() == Distance.KILOMETERS ? "km" : "mi",
                new SearchResult.Facets(kinds, services, states, honors));
    }

    /**
     * The CTE {@code matches}: one row per listed firm that matches, with the location that matched (the nearest
     * one when searching around a point), its distance in meters and a text relevance. The map groups these same
     * rows ({@code id}, {@code location_id}), so that its counts are the search's total by construction.
     */
    public String matches(SearchCriteria c, Instant now, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>(List.of("m.standing in ('ACTIVE', 'GRACE')", "not m.opted_out", "m.left_at is null"));
        String distance = "null::float8";
        if (c.point() != null) {
            parameters.put("lat", c.point().latitude());
            parameters.put("lng", c.point().longitude());
            parameters.put("radius", c.radiusMeters());
            distance = "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude))";
            // The box is the index's coarse cut; the exact great-circle test follows.
            where.add("earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(l.latitude, l.longitude)");
            where.add(distance + " <= :radius");
        }
        String relevance = "0::real";
        if (c.text() != null) {
            String q = c.text();
            int half = q.length() / 2;
            parameters.put("q", q);
            parameters.put("contains", "%" + likeLiteral(q) + "%");
            parameters.put("prefix", likeLiteral(q.substring(0, half)) + "%");
            parameters.put("suffix", "%" + likeLiteral(q.substring(half)));
            relevance = "greatest(similarity(lower(m.name), :q), word_similarity(:q, lower(m.name)), similarity(lower(l.city), :q))";
            // The matching locations are found first, each side (firm name, city) on its own table so that the
            // trigram indexes serve it, and only then joined. One edit leaves either the first half of the text
            // or the rest of it intact, so a name within one edit starts with that half or ends with the rest: both
            // are indexed LIKEs, and levenshtein runs only on the few names they let through, not on every row.
            where.add("""
                    l.id in (select nl.id from member nm join location nl on nl.member_id = nm.id
                               where lower(nm.name) like :contains or lower(nm.name) % :q
                                  or ((lower(nm.name) like :prefix or lower(nm.name) like :suffix)
                                      and levenshtein(left(lower(nm.name), 255), :q) <= 1)
                             union
                             select cl.id from location cl
                               where lower(cl.city) like :contains or lower(cl.city) % :q
                                  or ((lower(cl.city) like :prefix or lower(cl.city) like :suffix)
                                      and levenshtein(lower(cl.city), :q) <= 1))""");
        }
        if (c.city() != null) {
            parameters.put("city", c.city());
            where.add("lower(l.city) = :city");
        }
        if (c.state() != null) {
            parameters.put("state", c.state());
            where.add("l.state = :state");
        }
        if (!c.kinds().isEmpty()) {
            parameters.put("kinds", c.kinds().stream().map(Enum::name).collect(Collectors.toList()));
            where.add("m.kind in (:kinds)");
        }
        if (!c.services().isEmpty()) {
            parameters.put("services", c.services().stream().map(Enum::name).collect(Collectors.toList()));
            parameters.put("serviceCount", c.services().size());
            where.add("(select count(*) from member_service s where s.member_id = m.id and s.service in (:services)) = :serviceCount");
        }
        if (c.credential() != null) {
            parameters.put("credential", c.credential().name());
            parameters.put("credentialDay", LocalDate.now(clock));
            where.add("""
                    exists (select 1 from member_credential mc where mc.member_id = m.id and mc.credential = :credential
                            and (mc.expires_on is null or mc.expires_on >= :credentialDay))""");
        }
        if (c.honor() != null) {
            parameters.put("honor", c.honor());
            where.add("exists (select 1 from member_honor mh where mh.member_id = m.id and mh.program = :honor)");
        }
        if (c.hiring()) {
            where.add("exists (select 1 from member_job mj where mj.member_id = m.id and mj.open)");
        }
        if (c.bbox() != null) {
            BoundingBox box = c.bbox();
            parameters.put("bboxWest", box.west());
            parameters.put("bboxSouth", box.south());
            parameters.put("bboxEast", box.east());
            parameters.put("bboxNorth", box.north());
            where.add("l.latitude between :bboxSouth and :bboxNorth and "
                    + (box.crossesAntimeridian() ? "(l.longitude >= :bboxWest or l.longitude <= :bboxEast)"
                    : "l.longitude between :bboxWest and :bboxEast"));
        }
        if (c.openNow()) {
            parameters.put("now", now.atOffset(ZoneOffset.UTC));
            where.add("location_open_at(l.id, l.time_zone, :now)");
        }
        return "with matches as (select distinct on (m.id) m.id, m.name, m.kind, l.id as location_id, l.state, "
                + distance + " as distance_m, " + relevance + " as relevance"
                + " from member m join location l on l.member_id = m.id where "
                + String.join(" and ", where)
                + " order by m.id, distance_m nulls last, relevance desc, l.position) ";
    }

    private static String order(SearchCriteria.Sort sort) {
        return switch (sort) {
            case DISTANCE -> "x.distance_m";
            case RELEVANCE -> "x.relevance desc";
            case NAME -> "lower(x.name)";
        };
    }

    /** The text as a LIKE pattern matching itself only: its wildcards and escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
