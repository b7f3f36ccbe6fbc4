package org.jewelers.web.requests;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * Refuses a path or query parameter holding a NUL character (U+0000, {@code %00}) as a validation problem naming
 * it. No text column of PostgreSQL can hold one, so such a value, used as a filter or a key, would otherwise end in
 * a database error answered as a 500.
 */
public class NulCharacters {

    @ServerRequestFilter
    public void refuse(UriInfo uri) {
        // A NUL can only arrive percent-encoded; most requests are passed without decoding their parameters.
        if (!uri.getRequestUri().getRawPath().contains("%00") && !String.valueOf(uri.getRequestUri().getRawQuery())
                .contains("%00")) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        parameters.forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                errors.add(new Problem.FieldError(name, "must not contain a NUL character"));
            }
        });
    }
}
