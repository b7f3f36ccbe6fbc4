package org.jewelers.web.requests;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * Refuses a query parameter that the matched operation does not take, naming each, so that a misspelled filter
 * ({@code servce=repair}) is a 400 instead of a search that silently ignores it and answers more than was asked.
 * Every app's every operation gets this rule from here; only what travels beside any request is let through: the
 * partner key ({@code key}, which the widget sends in the query) and campaign tags ({@code utm_*}) that partner
 * pages copy into links.
 */
public class UnknownQueryParameters {

    /** Names any operation accepts, declared or not. */
    static boolean acceptedEverywhere(String name) {
        return name.isEmpty() || name.equals("key") || name.startsWith("utm_");
    }

    private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuse(UriInfo uri, ResourceInfo resource) {
        String query = uri.getRequestUri().getRawQuery();
        Method method = resource.getResourceMethod();
        if (query == null || query.isEmpty() || method == null) {
            return;
        }
        Set<String> accepted = declared.computeIfAbsent(method,
                m -> DeclaredQueryParameters.of(resource.getResourceClass(), m));
        List<Problem.FieldError> errors = uri.getQueryParameters().keySet().stream()
                .filter(name -> !accepted.contains(name) && !acceptedEverywhere(name))
                .sorted()
                .map(name -> new Problem.FieldError(name, "is not a parameter of this operation"))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Unknown query parameter"
                    + (errors.size() == 1 ? " " : "s ")
                    + String.join(", ", errors.stream().map(Problem.FieldError::field).toList())
                    + (accepted.isEmpty() ? "; this operation takes none"
                            : "; this operation takes " + String.join(", ", accepted.stream().sorted().toList())),
                    errors);
        }
    }
}
