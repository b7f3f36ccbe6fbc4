package org.jewelers.directory.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds public listings in one SQL statement, the single definition of what the public sees of a member: the
 * search, the member page and the member events all read it from here.
 */
@ApplicationScoped
public class Listings {

    /**
     * The listing of member row {@code m} as JSON. Enum columns hold Java names; their public codes are the same
     * names in lower case with dashes (WATCH_REPAIR is watch-repair), which the taxonomy enums keep true.
     * Takes the parameter {@code :today} (credentials expired before it are left out, and exceptions to opening
     * hours older than the day before it).
     */
    public static final String LISTING_JSON = """
            json_build_object(
              'id', m.id, 'number', m.number, 'name', m.name,
              'kind', lower(replace(m.kind, '_', '-')), 'standing', lower(m.standing),
              'goodStanding', m.standing in ('ACTIVE', 'GRACE') and m.left_at is null,
              'memberSince', m.member_since, 'codeYear', m.code_year, 'description', m.description,
              'website', case when m.show_website then m.website end,
              'phone', case when m.show_phone then m.phone end,
              'email', case when m.show_email then m.email end,
              'services', coalesce((select json_agg(lower(replace(s.service, '_', '-')) order by s.service)
                                    from member_service s where s.member_id = m.id), '[]'),
              'credentials', coalesce((select json_agg(json_build_object('credential', lower(replace(c.credential, '_', '-')),
                                              'holder', c.holder, 'expiresOn', c.expires_on) order by c.position)
                                       from member_credential c
                                       where c.member_id = m.id and (c.expires_on is null or c.expires_on >= :today)), '[]'),
              'honors', coalesce((select json_agg(json_build_object('program', h.program, 'year', h.edition_year,
                                         'category', h.category, 'title', h.title) order by h.edition_year desc, h.title)
                                  from member_honor h where h.member_id = m.id), '[]'),
              'hiring', exists (select 1 from member_job j where j.member_id = m.id and j.open),
              'openPositions', (select count(*) from member_job j where j.member_id = m.id and j.open),
              'locations', coalesce((select json_agg(json_build_object('id', l.id, 'address', l.address, 'city', l.city,
                                            'state', l.state, 'zip', l.zip, 'phone', l.phone, 'latitude', l.latitude,
                                            'longitude', l.longitude, 'timeZone', l.time_zone,
                                            'hours', coalesce((select json_agg(json_build_object('day', oh.day,
                                                                 'opens', oh.opens, 'closes', oh.closes) order by oh.position)
                                                               from location_hours oh where oh.location_id = l.id), '[]'),
                                            'exceptions', coalesce((select json_agg(json_build_object('date', ex.day,
                                                                      'label', ex.label, 'closed', ex.hours is null,
                                                                      'hours', coalesce(ex.hours, '[]')) order by ex.day)
                                                                    from (select le.day, max(le.label) as label,
                                                                                 json_agg(json_build_object('opens', le.opens, 'closes', le.closes)
                                                                                          order by le.position) filter (where le.opens is not null) as hours
                                                                          from location_exception le
                                                                          where le.location_id = l.id and le.day >= cast(:today as date) - 2
                                                                          group by le.day) ex), '[]'))
                                          order by l.position)
                                     from location l where l.member_id = m.id), '[]'),
              'version', m.version)::text""";

    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    Listings(EntityManager entities, ObjectMapper json, Clock clock) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** The listing of one member, whether or not it is publicly listed: callers decide who may see it. */
    public Optional<Listing> of(UUID id) {
        return Optional.ofNullable(of(List.of(id)).get(id));
    }

    /** Listings by id, in the order of the ids given. */
    public Map<UUID, Listing> of(Collection<UUID> ids) {
        Map<UUID, Listing> listings = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return listings;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select m.id, " + LISTING_JSON + " from member m where m.id in (:ids)")
                .setParameter("ids", ids)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
        Map<UUID, Listing> found = new LinkedHashMap<>();
        rows.forEach(row -> found.put((UUID) row[0], parse((String) row[1])));
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                listings.put(id, found.get(id));
            }
        });
        return listings;
    }

    public Listing parse(String listingJson) {
        try {
            return json.readValue(listingJson, Listing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the listing SQL produced JSON that does not match Listing", e);
        }
    }
}
