package org.jewelers.directory.listing;

import static org.jewelers.directory.listing.JsonText.array;
import static org.jewelers.directory.listing.JsonText.object;
import static org.jewelers.directory.listing.JsonText.optional;
import static org.jewelers.directory.listing.JsonText.required;
import static org.jewelers.directory.listing.JsonText.text;

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
     * The location of location row {@code l} as JSON text, as the API writes {@link Listing.LocationView}. Takes the
     * parameter {@code :today}: exceptions to opening hours older than the day before yesterday are left out.
     */
    public static final String LOCATION_JSON = object(
            required("id", "l.id"), optional("address", "l.address"), optional("city", "l.city"),
            optional("state", "l.state"), optional("zip", "l.zip"), optional("phone", "l.phone"),
            required("latitude", "l.latitude"), required("longitude", "l.longitude"),
            optional("timeZone", "l.time_zone"),
            text("hours", array(object(required("day", "oh.day"), required("opens", "oh.opens"),
                            required("closes", "oh.closes")),
                    "from location_hours oh where oh.location_id = l.id", "oh.position")),
            text("exceptions", array(object(optional("date", "ex.day"), optional("label", "ex.label"),
                            required("closed", "ex.hours is null"), text("hours", "coalesce(ex.hours, '[]')")),
                    "from (select le.day, max(le.label) as label, '[' || string_agg("
                            + object(required("opens", "le.opens"), required("closes", "le.closes"))
                            + ", ',' order by le.position) filter (where le.opens is not null) || ']' as hours"
                            + " from location_exception le"
                            + " where le.location_id = l.id and le.day >= cast(:today as date) - 2 group by le.day) ex",
                    "ex.day")));

    /**
     * The listing of member row {@code m} as JSON text, exactly as the API writes {@link Listing}. Enum columns hold
     * Java names; their public codes are the same names in lower case with dashes (WATCH_REPAIR is watch-repair),
     * which the taxonomy enums keep true. Takes the parameter {@code :today} (credentials expired before it are left
     * out, and exceptions to opening hours older than the day before yesterday).
     */
    public static final String LISTING_JSON = object(
            required("id", "m.id"), optional("number", "m.number"), optional("name", "m.name"),
            required("kind", "lower(replace(m.kind, '_', '-'))"), required("standing", "lower(m.standing)"),
            required("goodStanding", "m.standing in ('ACTIVE', 'GRACE') and m.left_at is null"),
            optional("memberSince", "m.member_since"), optional("codeYear", "m.code_year"),
            optional("description", "m.description"),
            optional("website", "case when m.show_website then m.website end"),
            optional("phone", "case when m.show_phone then m.phone end"),
            optional("email", "case when m.show_email then m.email end"),
            text("services", array("to_json(lower(replace(s.service, '_', '-')))::text",
                    "from member_service s where s.member_id = m.id", "s.service")),
            text("credentials", array(object(required("credential", "lower(replace(c.credential, '_', '-'))"),
                            required("holder", "c.holder"), required("expiresOn", "c.expires_on")),
                    "from member_credential c where c.member_id = m.id"
                            + " and (c.expires_on is null or c.expires_on >= :today)", "c.position")),
            text("honors", array(object(required("program", "h.program"), required("year", "h.edition_year"),
                            required("category", "h.category"), required("title", "h.title")),
                    "from member_honor h where h.member_id = m.id", "h.edition_year desc, h.title")),
            required("hiring", "exists (select 1 from member_job j where j.member_id = m.id and j.open)"),
            required("openPositions", "(select count(*) from member_job j where j.member_id = m.id and j.open)"),
            text("locations", array(LOCATION_JSON, "from location l where l.member_id = m.id", "l.position")),
            required("version", "m.version"));

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

    /** A location's JSON text ({@link #LOCATION_JSON}) read back, for the rules that need its hours. */
    public Listing.LocationView parseLocation(String locationJson) {
        try {
            return json.readValue(locationJson, Listing.LocationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the location SQL produced JSON that does not match LocationView", e);
        }
    }

    public Listing parse(String listingJson) {
        try {
            return json.readValue(listingJson, Listing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the listing SQL produced JSON that does not match Listing", e);
        }
    }
}
