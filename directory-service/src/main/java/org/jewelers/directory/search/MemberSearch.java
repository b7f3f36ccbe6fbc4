package org.jewelers.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jewelers.directory.hours.OpeningTimes;
import org.jewelers.directory.listing.Listings;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.geo.Distance;
import org.jewelers.geo.GeoPoint;

/**
 * Finds listed member firms: one statement per search matches once, then answers the page of firms with their
 * listings, the total and the facet counts from those matches.
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
        // One statement, one pass over the matches: the page (with each hit's listing) and the counts come back as
        // rows of one result, told apart by their facet column (null on hits).
        Query search = entities.createNativeQuery(matches + ", page as materialized ("
                + " select x.id, x.location_id, x.latitude, x.longitude, row_number() over (order by " + order(criteria.sort())
                + ", x.id) as ord from matches x order by " + order(criteria.sort()) + ", x.id limit :limit offset :offset)"
                + " select null as facet, null as key, p.ord as n, p.latitude, p.longitude, "
                + Listings.LISTING_JSON + " as listing, (select " + Listings.LOCATION_JSON
                + " from location l where l.id = p.location_id) as location from page p join member m on m.id = p.id"
                + " union all select f.facet, f.key, f.n, null, null, null, null from ("
                + FACETS + ") f");
        parameters.forEach(search::setParameter);
        search.setParameter("today", LocalDate.now(clock));
        search.setParameter("limit", criteria.size());
        search.setParameter("offset", criteria.page() * criteria.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = search.getResultList();
        List<Object[]> page = new ArrayList<>();
        long total = 0;
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> services = new TreeMap<>();
        Map<String, Long> states = new TreeMap<>();
        Map<String, Long> honors = new TreeMap<>();
        for (Object[] row : rows) {
            long n = ((Number) row[2]).longValue();
            if (row[0] == null) {
                page.add(row);
                continue;
            }
            switch ((String) row[0]) {
                case "total" -> total = n;
                case "kind" -> kinds.put(Kind.valueOf((String) row[1]).code(), n);
                case "service" -> services.put(Service.valueOf((String) row[1]).code(), n);
                case "state" -> states.put((String) row[1], n);
                default -> honors.put((String) row[1], n);
            }
        }
        page.sort(Comparator.comparingLong(row -> ((Number) row[2]).longValue()));
        List<SearchResult.Hit> hits = new ArrayList<>(page.size());
        for (Object[] row : page) {
            // The listing goes out as the JSON text the statement wrote; only the location's hours are read.
            String location = (String) row[6];
            // The same great circle the radius filter tested, measured here rather than in SQL for the page only.
            Double distance = criteria.point() == null ? null : Math.round(criteria.unit().fromMeters(Distance.meters(
                    criteria.point(), new GeoPoint(((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue())))
                    * 100) / 100.0;
            hits.add(SearchResult.Hit.of((String) row[5], location, distance,
                    OpeningTimes.at(listings.parseLocation(location), now)));
        }
        return new SearchResult(hits, total, criteria.page(), criteria.size(),
                criteria.unit() == Distance.KILOMETERS ? "km" : "mi",
                new SearchResult.Facets(kinds, services, states, honors));
    }

    /**
     * The counts over all of {@code matches}: the total, kinds and states in one grouping of the matches, services
     * from the services each match carries, honors joined on their member index.
     */
    private static final String FACETS = """
            select case when grouping(x.kind) = 0 then 'kind' when grouping(x.state) = 0 then 'state' else 'total' end
                   as facet, coalesce(x.kind, x.state) as key, count(*) as n
              from matches x group by grouping sets ((), (x.kind), (x.state))
            union all
            select 'service', u.service, count(*) from matches x cross join unnest(x.services) u(service) group by u.service
            union all
            select 'honor', h.program, count(distinct x.id) from matches x join member_honor h on h.member_id = x.id group by h.program""";

    /**
     * The CTE {@code matches}: one row per listed firm that matches, with the location that matched (the nearest
     * one when searching around a point), its nearness (the haversine term, growing with the distance) and a text
     * relevance. The map groups these same rows ({@code id}, {@code location_id}), so that its counts are the
     * search's total by construction. A text search puts the CTE {@code text_match} (the matched names and cities)
     * before it: the statement goes on after {@code matches} as after any CTE list.
     */
    public String matches(SearchCriteria c, Instant now, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>(List.of("m.standing in ('ACTIVE', 'GRACE')", "not m.opted_out", "m.left_at is null"));
        String nearness = "null::float8";
        if (c.point() != null) {
            double latitude = Math.toRadians(c.point().latitude());
            parameters.put("lat", c.point().latitude());
            parameters.put("lng", c.point().longitude());
            parameters.put("radius", c.radiusMeters());
            parameters.put("latRadians", latitude);
            parameters.put("cosLat", Math.cos(latitude));
            parameters.put("nearnessLimit", Math.pow(Math.sin(c.radiusMeters() / (2 * Distance.EARTH_RADIUS_METERS)), 2));
            // The haversine term of Distance.meters in plain arithmetic: it grows with the great-circle distance, so
            // it sorts and cuts as that distance does (the radius is the term's limit), without earthdistance's
            // per-row cube values, which cost more than the rest of the match together.
            nearness = "(power(sin((radians(l.latitude) - :latRadians) / 2), 2) + :cosLat * cos(radians(l.latitude))"
                    + " * power(sin(radians(l.longitude - :lng) / 2), 2))";
            // The box is the index's coarse cut; the exact great-circle test follows.
            where.add("earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(l.latitude, l.longitude)");
            where.add(nearness + " <= :nearnessLimit");
        }
        String textMatch = "";
        List<Side> sides = List.of(new Side("0::real", "", "true"));
        if (c.text() != null) {
            String q = c.text();
            int half = q.length() / 2;
            parameters.put("q", q);
            parameters.put("contains", "%" + likeLiteral(q) + "%");
            parameters.put("prefix", likeLiteral(q.substring(0, half)) + "%");
            parameters.put("suffix", "%" + likeLiteral(q.substring(half)));
            // The text is matched once against each distinct lowercased name and city (V12's search_term), not row
            // by row: contained, trigram-similar, or one edit away. One edit leaves either the first half of the
            // text or the rest of it intact, so a term within one edit starts with that half or ends with the
            // rest: both are indexed LIKEs, and levenshtein (at most 255 characters) runs only on the few terms
            // they let through. Each matched term's similarities to the text, of which the relevance is made, are
            // computed here once too.
            textMatch = """
                    text_match as materialized (select term, similarity(term, :q) as similarity,
                           word_similarity(:q, term) as word_similarity from search_term
                     where term like :contains or term % :q
                        or ((term like :prefix or term like :suffix) and levenshtein(left(term, 255), :q) <= 1))""";
            // Two sides, firms by name (then their locations) and locations by city (then their firms), united
            // before the distinct on. Each finds its rows by equality with the matched terms: the array leads the
            // planner to the lower(name) and lower(city) indexes, the join brings each term's similarities. A name
            // as relevant as can be (1) leaves the city's similarity nothing to add: it is not computed then.
            sides = List.of(new Side("""
                    greatest(t.similarity, t.word_similarity,
                             case when greatest(t.similarity, t.word_similarity) < 1 then similarity(lower(l.city), :q) end)""",
                    " join text_match t on t.term = lower(m.name)",
                    "lower(m.name) = any(array(select term from text_match))"), new Side("""
                    greatest(similarity(lower(m.name), :q), word_similarity(:q, lower(m.name)), t.similarity)""",
                    " join text_match t on t.term = lower(l.city)",
                    "lower(l.city) = any(array(select term from text_match))"));
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
            // The firm's services are on its row (kept equal to member_service by the V8 triggers): tested there,
            // with no probe per candidate, and served by their GIN index when they are the only filter.
            List<String> wanted = new ArrayList<>();
            for (Service service : c.services()) {
                String name = "service" + wanted.size();
                parameters.put(name, service.name());
                wanted.add(":" + name);
            }
            where.add("m.services @> array[" + String.join(", ", wanted) + "]::text[]");
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
        String columns = "select m.id, m.name, m.kind, m.services, l.id as location_id, l.state, l.latitude, l.longitude,"
                + " l.position, " + nearness + " as nearness, ";
        String filter = String.join(" and ", where);
        String candidates = sides.stream().map(side -> columns + side.relevance() + " as relevance"
                + " from member m join location l on l.member_id = m.id" + side.join() + " where " + filter + " and "
                + side.condition()).collect(Collectors.joining(" union all "));
        return "with " + (textMatch.isEmpty() ? "" : textMatch + ", ") + "matches as materialized (select distinct on (id)"
                + " id, name, kind, services, location_id, state, latitude, longitude, nearness, relevance from (" + candidates
                + ") candidates order by id, nearness nulls last, relevance desc, position)";
    }

    /** One way to the matching rows: its relevance, what it joins to member and location, and its condition. */
    private record Side(String relevance, String join, String condition) {
    }

    private static String order(SearchCriteria.Sort sort) {
        return switch (sort) {
            case DISTANCE -> "x.nearness";
            case RELEVANCE -> "x.relevance desc";
            case NAME -> "lower(x.name)";
        };
    }

    /** The text as a LIKE pattern matching itself only: its wildcards and escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
