package org.jewelers.web.problem;

/** The stable problem types; clients branch on {@link #uri()}, never on the human-readable title. */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    MALFORMED_ID("malformed-id", 400, "Malformed id"),
    BAD_REQUEST("bad-request", 400, "Bad request"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    BODY_TOO_LARGE("body-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNPROCESSABLE("unprocessable", 422, "Unprocessable request"),
    INTERNAL("internal", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Service unavailable");

    private static final String BASE = "https://jewelers.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
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

    public String title() {
        return title;
    }

    public Problem problem(String detail, String instance) {
        return new Problem(uri(), title, status, detail, instance, null);
    }

    /** The generic type for a status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_JSON && type != MALFORMED_ID) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
