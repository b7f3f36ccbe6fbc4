package org.jewelers.gateway.edge;

import org.jewelers.web.problem.Problem;

/**
 * The problem types only the gateway answers, beside the shared ones of the web library; clients branch on
 * {@link #uri()}.
 */
public enum GatewayProblem {
    UNKNOWN_API_KEY("unknown-api-key", 401, "Unknown API key"),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", 403, "Origin not allowed"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    OVERLOADED("overloaded", 503, "Service overloaded"),
    UPSTREAM_TIMEOUT("upstream-timeout", 504, "Upstream timed out");

    private static final String BASE = "https://jewelers.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    GatewayProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail, String instance) {
        return new Problem(uri(), title, status, detail, instance, null);
    }
}
