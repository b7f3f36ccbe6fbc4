package org.jewelers.web.paging;

import java.util.List;
import org.jewelers.web.problem.Problem;

/**
 * Query parameters as they arrive, as text, read into values; a malformed one adds an error naming it, so that a
 * search answers every bad parameter at once (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** A whole number from min to max, or null after adding an error. */
    public static Integer whole(String value, String name, int min, int max, List<Problem.FieldError> errors) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Not a number at all: the same answer as one out of range.
        }
        errors.add(new Problem.FieldError(name,
                "must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max)));
        return null;
    }

    /** A finite decimal number, or null after adding an error. */
    public static Double number(String value, String name, List<Problem.FieldError> errors) {
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Not a number at all: the same answer as an infinite one.
        }
        errors.add(new Problem.FieldError(name, "must be a number"));
        return null;
    }

    /** true or false; absent is false. */
    public static boolean flag(String value, String name, List<Problem.FieldError> errors) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        errors.add(new Problem.FieldError(name, "must be true or false"));
        return false;
    }
}
