package org.jewelers.directory.search;

import java.util.List;
import org.jewelers.web.paging.QueryValues;
import org.jewelers.web.problem.Problem;

/**
 * A box on the map in WGS84 degrees, as {@code bbox=west,south,east,north} (the order of GeoJSON and of map
 * libraries' bounds). West greater than east is a box across the antimeridian (170,-10,-170,10 spans 20 degrees
 * around longitude 180), as in GeoJSON; west equal to east would be a box of no width and is refused, as is south
 * not below north. Edges belong to the box.
 */
public record BoundingBox(double west, double south, double east, double north) {

    /** The box, or null after naming what is wrong in {@code errors} under {@code name}. */
    public static BoundingBox parse(String value, String name, List<Problem.FieldError> errors) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            errors.add(new Problem.FieldError(name, "must be four numbers: west,south,east,north"));
            return null;
        }
        int before = errors.size();
        Double[] numbers = new Double[4];
        for (int i = 0; i < 4; i++) {
            numbers[i] = QueryValues.number(parts[i].strip(), name, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        double west = numbers[0];
        double south = numbers[1];
        double east = numbers[2];
        double north = numbers[3];
        if (west < -180 || west > 180 || east < -180 || east > 180) {
            errors.add(new Problem.FieldError(name, "west and east must be longitudes between -180 and 180"));
        } else if (west == east) {
            errors.add(new Problem.FieldError(name,
                    "west and east must differ (west above east crosses longitude 180)"));
        }
        if (south < -90 || south > 90 || north < -90 || north > 90) {
            errors.add(new Problem.FieldError(name, "south and north must be latitudes between -90 and 90"));
        } else if (south >= north) {
            errors.add(new Problem.FieldError(name, "south must be below north"));
        }
        return errors.size() > before ? null : new BoundingBox(west, south, east, north);
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }
}
