package org.jewelers.careers.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.geo.Distance;
import org.jewelers.geo.GeoPoint;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.QueryValues;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** A validated job search: every rule about which parameters make sense together lives here. */
public record JobSearchCriteria(String text, String area, EmploymentType employmentType, UUID memberId, GeoPoint point,
                                double radiusMeters, Distance unit, String orderBy, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final double DEFAULT_RADIUS = 25;
    public static final double MAX_RADIUS_MILES = 500;

    /** Each sort a client may name, and its SQL; ties always break by job id, so pages are stable. */
    private static final SortParameter<String> SORTS = SortParameter.<String>builder()
            .oneWay("distance", "distance_m")
            .oneWay("relevance", "rank desc")
            .bothWays("datePosted", "j.posted_at")
            .bothWays("validThrough", "j.expires_at")
            .bothWays("title", "lower(j.title)")
            .build();

    public static JobSearchCriteria from(JobSearchParameters p, ZipPlaces zips) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = p.q == null || p.q.isBlank() ? null : p.q.strip();
        if (text != null && text.length() > 200) {
            errors.add(new Problem.FieldError("q", "must be at most 200 characters"));
        }
        String area = p.area == null || p.area.isBlank() ? null : p.area.strip();
        if (area != null && !area.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new Problem.FieldError("area", "must be a career area slug, see /api/v1/career-areas"));
        }
        EmploymentType employmentType = null;
        if (p.employmentType != null) {
            try {
                employmentType = Coded.ofCode(EmploymentType.class, p.employmentType);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("employmentType",
                        "must be full-time, part-time, contractor, temporary, intern, apprentice or seasonal"));
            }
        }
        UUID memberId = null;
        if (p.memberId != null) {
            try {
                memberId = UUID.fromString(p.memberId);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("memberId", "must be a UUID"));
            }
        }
        Distance unit = switch (p.unit == null ? "mi" : p.unit) {
            case "mi" -> Distance.MILES;
            case "km" -> Distance.KILOMETERS;
            default -> {
                errors.add(new Problem.FieldError("unit", "must be mi or km"));
                yield Distance.MILES;
            }
        };
        GeoPoint point = null;
        if (p.zip != null) {
            if (!p.zip.matches("\\d{5}")) {
                errors.add(new Problem.FieldError("zip", "must be a five-digit ZIP code"));
            } else {
                point = zips.find(p.zip).map(z -> z.point()).orElse(null);
                if (point == null) {
                    errors.add(new Problem.FieldError("zip", p.zip + " is not a known US ZIP code"));
                }
            }
        }
        double radius = DEFAULT_RADIUS;
        if (p.radius != null) {
            if (p.zip == null) {
                errors.add(new Problem.FieldError("radius", "needs a zip to search around"));
            }
            Double parsed = number(p.radius);
            if (parsed == null || !(parsed > 0) || Distance.MILES.fromMeters(unit.toMeters(parsed)) > MAX_RADIUS_MILES) {
                errors.add(new Problem.FieldError("radius", "must be a number more than 0 and at most 500 miles"));
            } else {
                radius = parsed;
            }
        }
        String sort = p.sort != null ? p.sort : p.zip != null ? "distance" : text != null ? "relevance" : "-datePosted";
        Optional<SortParameter.Sorted<String>> sorted = SORTS.read(sort);
        if (sorted.isEmpty()) {
            errors.add(new Problem.FieldError("sort", "must be one of " + String.join(", ", SORTS.names())));
        } else if (sort.equals("distance") && p.zip == null) {
            errors.add(new Problem.FieldError("sort", "distance needs a zip"));
        } else if (sort.equals("relevance") && text == null) {
            errors.add(new Problem.FieldError("sort", "relevance needs q"));
        }
        Integer page = QueryValues.whole(p.page, "page", 0, Integer.MAX_VALUE, errors);
        Integer size = QueryValues.whole(p.size, "size", 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new JobSearchCriteria(text, area, employmentType, memberId, point, unit.toMeters(radius), unit,
                sorted.map(order -> order.key() + (order.descending() ? " desc" : "")).orElseThrow(), page, size);
    }

    private static Double number(String value) {
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
