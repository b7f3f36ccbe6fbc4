package org.jewelers.web.problem;

/**
 * A kind of problem, with the stable type URI that clients branch on (never on the human-readable title). The kinds
 * every service answers are {@link ProblemType}; a service with kinds of its own declares them in one enum that
 * implements this interface, and throws them with {@link ProblemException}.
 */
public interface ProblemKind {

    String BASE = "https://jewelers.example/problems/";

    /** What a kind is on the wire: the last segment of its type URI, its HTTP status and its title. */
    record Definition(String slug, int status, String title) {
    }

    Definition definition();

    default String uri() {
        return BASE + definition().slug();
    }

    default int status() {
        return definition().status();
    }

    default String title() {
        return definition().title();
    }

    default Problem problem(String detail, String instance) {
        return new Problem(uri(), title(), status(), detail, instance, null);
    }
}
