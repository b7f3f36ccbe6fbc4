package org.jewelers.directory.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** Turns entered locations into placed ones: a point and a time zone from the coordinates given, else the ZIP. */
@ApplicationScoped
public class Places {

    private final ZipPlaces zips;

    Places(ZipPlaces zips) {
        this.zips = zips;
    }

    /** @param field the JSON path of the list, for error messages, e.g. {@code locations} */
    public List<Location> place(String field, List<LocationInput> inputs) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Location> placed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            placed.add(place(field + "[" + i + "]", inputs.get(i), errors));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return placed;
    }

    private Location place(String field, LocationInput input, List<Problem.FieldError> errors) {
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.address = input.address().strip();
        location.city = input.city().strip();
        location.state = input.state();
        location.zip = input.zip();
        location.phone = input.phone();
        ZipPlace zip = zips.find(input.zip()).orElse(null);
        if ((input.latitude() == null) != (input.longitude() == null)) {
            errors.add(new Problem.FieldError(field + ".latitude", "latitude and longitude come together"));
        } else if (input.latitude() != null) {
            location.latitude = input.latitude();
            location.longitude = input.longitude();
        } else if (zip != null) {
            location.latitude = zip.point().latitude();
            location.longitude = zip.point().longitude();
        } else {
            errors.add(new Problem.FieldError(field + ".zip", "is not a known US ZIP code; give latitude and longitude"));
        }
        location.timeZone = timeZone(field, input, zip, errors);
        if (input.hours() != null) {
            location.hours.addAll(OpeningRules.weekly(field + ".hours", input.hours(), errors));
        }
        if (input.exceptions() != null) {
            location.exceptions.addAll(OpeningRules.exceptions(field + ".exceptions", input.exceptions(), errors));
        }
        return location;
    }

    private static String timeZone(String field, LocationInput input, ZipPlace zip, List<Problem.FieldError> errors) {
        if (input.timeZone() != null) {
            try {
                return ZoneId.of(input.timeZone()).getId();
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError(field + ".timeZone", "is not an IANA time zone"));
                return null;
            }
        }
        if (zip != null) {
            return zip.timeZone().getId();
        }
        errors.add(new Problem.FieldError(field + ".timeZone", "is required when the ZIP code is not known"));
        return null;
    }
}
