package org.jewelers.gateway.edge;

import org.jewelers.web.problem.ProblemKind;

/** The problem types only the gateway answers, beside the shared ones of the web library. */
public enum GatewayProblem implements ProblemKind {
    UNKNOWN_API_KEY("unknown-api-key", 401, "Unknown API key"),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", 403, "Origin not allowed"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    OVERLOADED("overloaded", 503, "Service overloaded"),
    UPSTREAM_TIMEOUT("upstream-timeout", 504, "Upstream timed out");

    private final Definition definition;

    GatewayProblem(String slug, int status, String title) {
        this.definition = new Definition(slug, status, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
