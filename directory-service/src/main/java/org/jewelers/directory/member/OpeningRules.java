package org.jewelers.directory.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jewelers.web.problem.Problem;

/**
 * The rules for opening hours as members and staff enter them, weekly and dated, whichever way they arrive (a new
 * member, staff upkeep, a member's own listing). Each broken rule is named with its field.
 */
final class OpeningRules {

    /** Dated exceptions per location and calendar year: a year's holidays and special days, with room to spare. */
    static final int EXCEPTIONS_PER_YEAR = 60;
    /** Exceptions in one request: this year's and the next two's at most. */
    static final int MAX_EXCEPTIONS = 3 * EXCEPTIONS_PER_YEAR;
    static final int INTERVALS_PER_EXCEPTION = 4;

    private OpeningRules() {
    }

    /** @param field the JSON path of the list, e.g. {@code locations[0].hours} */
    static List<OpeningHours> weekly(String field, List<LocationInput.HoursInput> inputs,
                                     List<Problem.FieldError> errors) {
        List<OpeningHours> hours = new ArrayList<>();
        for (int h = 0; h < inputs.size(); h++) {
            LocationInput.HoursInput input = inputs.get(h);
            if (input.closes().equals(input.opens())) {
                errors.add(empty(field + "[" + h + "].closes"));
            }
            hours.add(new OpeningHours(input.day(), input.opens(), input.closes()));
        }
        return hours;
    }

    /** The rows of the exceptions entered, by date: one row per interval, or one without times for a closed day. */
    static List<DatedHours> exceptions(String field, List<LocationInput.ExceptionInput> inputs,
                                       List<Problem.FieldError> errors) {
        Set<LocalDate> dates = new HashSet<>();
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (int e = 0; e < inputs.size(); e++) {
            LocationInput.ExceptionInput input = inputs.get(e);
            if (!dates.add(input.date())) {
                errors.add(new Problem.FieldError(field + "[" + e + "].date", "is given twice"));
            }
            perYear.merge(input.date().getYear(), 1, Integer::sum);
            List<LocationInput.Interval> hours = input.hours() == null ? List.of() : input.hours();
            for (int h = 0; h < hours.size(); h++) {
                if (hours.get(h).closes().equals(hours.get(h).opens())) {
                    errors.add(empty(field + "[" + e + "].hours[" + h + "].closes"));
                }
            }
        }
        perYear.forEach((year, count) -> {
            if (count > EXCEPTIONS_PER_YEAR) {
                errors.add(new Problem.FieldError(field, "has " + count + " exceptions in " + year + "; at most "
                        + EXCEPTIONS_PER_YEAR + " per year"));
            }
        });
        List<DatedHours> rows = new ArrayList<>();
        inputs.stream().sorted(Comparator.comparing(LocationInput.ExceptionInput::date)).forEach(input -> {
            String label = input.label() == null || input.label().isBlank() ? null : input.label().strip();
            if (input.hours() == null || input.hours().isEmpty()) {
                rows.add(new DatedHours(input.date(), label, null, null));
            } else {
                input.hours().forEach(h -> rows.add(new DatedHours(input.date(), label, h.opens(), h.closes())));
            }
        });
        return rows;
    }

    private static Problem.FieldError empty(String field) {
        return new Problem.FieldError(field, "must differ from opens; a closing time before the opening time closes "
                + "on the next day");
    }
}
