package org.jewelers.directory.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jewelers.directory.taxonomy.Credential;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.geo.Distance;
import org.jewelers.geo.GeoPoint;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.QueryValues;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** A validated search: every rule about which parameters make sense together lives here. */
public record SearchCriteria(String text, GeoPoint point, double radiusMeters, Distance unit, String city,
                             String state, Set<Kind> kinds, Set<Service> services, Credential credential, String honor,
                             boolean hiring, boolean openNow, BoundingBox bbox, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** How deep paging may go: a scraping defence; narrower searches reach every result. */
    public static final int MAX_DEPTH = 1000;
    public static final double DEFAULT_RADIUS = 25;
    public static final double MAX_RADIUS_MILES = 500;
    public static final Set<String> HONOR_PROGRAMS = Set.of("case-awards", "20-under-40");

    /** The orders results can come in; ties always break by member id, so pages are stable. */
    public enum Sort { DISTANCE, RELEVANCE, NAME }

    private static final SortParameter<Sort> SORTS = SortParameter.<Sort>builder()
            .oneWay("distance", Sort.DISTANCE).oneWay("relevance", Sort.RELEVANCE).oneWay("name", Sort.NAME)
            .ignoringCase().build();

    public static SearchCriteria from(SearchParameters p, ZipPlaces zips) {
        return from(p, p.sort, p.page, p.size, zips);
    }

    /** The filters alone, for answers that neither order nor page the matching firms (the map). */
    public static SearchCriteria filtering(SearchFilters f, ZipPlaces zips) {
        return from(f, null, "0", "1", zips);
    }

    private static SearchCriteria from(SearchFilters p, String sortValue, String pageValue, String sizeValue,
                                       ZipPlaces zips) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = p.q == null || p.q.isBlank() ? null : p.q.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() > 100) {
            errors.add(new Problem.FieldError("q", "must be at most 100 characters"));
        }
        Distance unit = switch (p.unit == null ? "mi" : p.unit) {
            case "mi" -> Distance.MILES;
            case "km" -> Distance.KILOMETERS;
            default -> {
                errors.add(new Problem.FieldError("unit", "must be mi or km"));
                yield Distance.MILES;
            }
        };
        GeoPoint point = point(p, zips, errors);
        double radius = DEFAULT_RADIUS;
        if (p.radius != null) {
            if (point == null) {
                errors.add(new Problem.FieldError("radius", "needs a zip or lat and lng to search around"));
            }
            Double parsed = QueryValues.number(p.radius, "radius", errors);
            if (parsed != null) {
                if (!(parsed > 0) || Distance.MILES.fromMeters(unit.toMeters(parsed)) > MAX_RADIUS_MILES) {
                    errors.add(new Problem.FieldError("radius", "must be more than 0 and at most 500 miles"));
                } else {
                    radius = parsed;
                }
            }
        }
        String state = null;
        if (p.state != null) {
            state = p.state.toUpperCase(Locale.ROOT);
            if (!state.matches("[A-Z]{2}")) {
                errors.add(new Problem.FieldError("state", "must be a two-letter state code"));
            }
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String code : p.kinds == null ? List.<String>of() : p.kinds) {
            try {
                kinds.add(Coded.ofCode(Kind.class, code));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "'" + code + "' is not a kind of firm: retailer, supplier, "
                        + "manufacturer or service-provider"));
            }
        }
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String code : p.services == null ? List.<String>of() : p.services) {
            try {
                services.add(Coded.ofCode(Service.class, code));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("service", "'" + code + "' is not a service code; see /api/v1/services"));
            }
        }
        Credential credential = null;
        if (p.credential != null) {
            try {
                credential = Coded.ofCode(Credential.class, p.credential);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("credential", "'" + p.credential + "' is not a credential code; see /api/v1/services"));
            }
        }
        if (p.honor != null && !HONOR_PROGRAMS.contains(p.honor)) {
            errors.add(new Problem.FieldError("honor", "must be case-awards or 20-under-40"));
        }
        boolean hiring = QueryValues.flag(p.hiring, "hiring", errors);
        boolean openNow = QueryValues.flag(p.openNow, "openNow", errors);
        BoundingBox bbox = p.bbox == null ? null : BoundingBox.parse(p.bbox, "bbox", errors);
        Sort sort = sort(sortValue, point != null, text != null, errors);
        Integer page = QueryValues.whole(pageValue, "page", 0, Integer.MAX_VALUE, errors);
        Integer size = QueryValues.whole(sizeValue, "size", 1, MAX_SIZE, errors);
        if (page != null && size != null && (long) page * size + size > MAX_DEPTH) {
            errors.add(new Problem.FieldError("page", "goes deeper than " + MAX_DEPTH + " results; narrow the search"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String city = p.city == null || p.city.isBlank() ? null : p.city.strip().toLowerCase(Locale.ROOT);
        return new SearchCriteria(text, point, unit.toMeters(radius), unit, city, state, kinds, services, credential,
                p.honor, hiring, openNow, bbox, sort, page, size);
    }

    private static GeoPoint point(SearchFilters p, ZipPlaces zips, List<Problem.FieldError> errors) {
        boolean byCoordinates = p.lat != null || p.lng != null;
        if (p.zip != null && byCoordinates) {
            errors.add(new Problem.FieldError("zip", "give either zip or lat and lng, not both"));
            return null;
        }
        if (p.zip != null) {
            if (!p.zip.matches("\\d{5}")) {
                errors.add(new Problem.FieldError("zip", "must be a five-digit ZIP code"));
                return null;
            }
            return zips.find(p.zip).map(z -> z.point()).orElseGet(() -> {
                errors.add(new Problem.FieldError("zip", p.zip + " is not a known US ZIP code"));
                return null;
            });
        }
        if (!byCoordinates) {
            return null;
        }
        if (p.lat == null || p.lng == null) {
            errors.add(new Problem.FieldError(p.lat == null ? "lat" : "lng", "lat and lng come together"));
            return null;
        }
        Double lat = QueryValues.number(p.lat, "lat", errors);
        Double lng = QueryValues.number(p.lng, "lng", errors);
        if (lat == null || lng == null) {
            return null;
        }
        if (lat < -90 || lat > 90) {
            errors.add(new Problem.FieldError("lat", "must be between -90 and 90"));
            return null;
        }
        if (lng < -180 || lng > 180) {
            errors.add(new Problem.FieldError("lng", "must be between -180 and 180"));
            return null;
        }
        return new GeoPoint(lat, lng);
    }

    private static Sort sort(String value, boolean hasPoint, boolean hasText, List<Problem.FieldError> errors) {
        if (value == null) {
            return hasPoint ? Sort.DISTANCE : hasText ? Sort.RELEVANCE : Sort.NAME;
        }
        Optional<SortParameter.Sorted<Sort>> named = SORTS.read(value);
        if (named.isEmpty()) {
            errors.add(new Problem.FieldError("sort", "must be distance, relevance or name"));
            return Sort.NAME;
        }
        Sort sort = named.get().key();
        if (sort == Sort.DISTANCE && !hasPoint) {
            errors.add(new Problem.FieldError("sort", "distance needs a zip or lat and lng"));
        }
        if (sort == Sort.RELEVANCE && !hasText) {
            errors.add(new Problem.FieldError("sort", "relevance needs q"));
        }
        return sort;
    }
}
