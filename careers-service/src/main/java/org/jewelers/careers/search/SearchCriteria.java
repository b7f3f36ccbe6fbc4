package org.jewelers.careers.search;

import java.util.ArrayList;
import java.util.List;
import org.jewelers.geo.Distance;
import org.jewelers.geo.GeoPoint;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.QueryValues;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** A validated site search: which parameters make sense together is decided here. */
record SearchCriteria(String text, String kind, String area, String state, GeoPoint point, double radiusMeters,
                      int page, int size) {

    static final List<String> KINDS = List.of("article", "story", "profile", "program", "job");
    private static final double DEFAULT_RADIUS_MILES = 25;
    private static final double MAX_RADIUS_MILES = 500;

    boolean located() {
        return state != null || point != null;
    }

    static SearchCriteria from(SearchParameters p, ZipPlaces zips) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = p.q == null ? "" : p.q.strip();
        if (text.isEmpty() || text.length() > 200) {
            errors.add(new Problem.FieldError("q", "is required, at most 200 characters"));
        }
        if (p.kind != null && !KINDS.contains(p.kind)) {
            errors.add(new Problem.FieldError("kind", "must be one of " + String.join(", ", KINDS)));
        }
        if (p.area != null && !p.area.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new Problem.FieldError("area", "must be a career area slug, see /api/v1/career-areas"));
        }
        if (p.state != null && !p.state.matches("[A-Z]{2}")) {
            errors.add(new Problem.FieldError("state", "must be a two-letter US state code, e.g. TX"));
        }
        if (p.state != null && p.zip != null) {
            errors.add(new Problem.FieldError("zip", "comes instead of state, not with it"));
        }
        GeoPoint point = null;
        if (p.zip != null) {
            point = p.zip.matches("\\d{5}") ? zips.find(p.zip).map(z -> z.point()).orElse(null) : null;
            if (point == null) {
                errors.add(new Problem.FieldError("zip", "must be a known five-digit US ZIP code"));
            }
        }
        double radius = DEFAULT_RADIUS_MILES;
        if (p.radius != null) {
            if (p.zip == null) {
                errors.add(new Problem.FieldError("radius", "needs a zip to search around"));
            }
            try {
                radius = Double.parseDouble(p.radius);
                if (!(radius > 0 && radius <= MAX_RADIUS_MILES)) {
                    errors.add(new Problem.FieldError("radius", "must be more than 0 and at most 500 miles"));
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("radius", "must be a number of miles"));
            }
        }
        Integer page = QueryValues.whole(p.page, "page", 0, Integer.MAX_VALUE, errors);
        Integer size = QueryValues.whole(p.size, "size", 1, PageRequest.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SearchCriteria(text, p.kind, p.area, p.state, point, Distance.MILES.toMeters(radius), page, size);
    }
}
