package org.jewelers.competition.submission;

import io.quarkus.panache.common.Sort;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.ProblemException;

/** The query parameters every review list of submissions reads alike: its sort, and codes such as statuses. */
public final class ReviewLists {

    private ReviewLists() {
    }

    /**
     * The order asked for: one of {@code sorts} (parameter name to entity field), a leading - for descending, ties
     * broken by id; oldest first when none is asked for.
     */
    public static Sort sort(String sort, SortParameter<String> sorts) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("createdAt").and("id");
        }
        return sorts.read(sort).map(PanachePages::sort).orElseThrow(() -> ProblemException.invalid("sort",
                "'" + sort + "' is not a sort; use one of " + new TreeSet<>(sorts.orders()))).and("id");
    }

    /** The value of a coded parameter; an unknown code is refused as {@code "'code' " + notOne}. */
    public static <T extends Enum<T> & Coded> T coded(Class<T> type, String code, String field, String notOne) {
        try {
            return Coded.ofCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "'" + code + "' " + notOne);
        }
    }

    /** The values of a repeatable coded parameter; none (null) is an empty set. */
    public static <T extends Enum<T> & Coded> Set<T> codes(Class<T> type, List<String> codes, String field,
                                                           String notOne) {
        Set<T> values = EnumSet.noneOf(type);
        if (codes != null) {
            codes.forEach(code -> values.add(coded(type, code, field, notOne)));
        }
        return values;
    }
}
