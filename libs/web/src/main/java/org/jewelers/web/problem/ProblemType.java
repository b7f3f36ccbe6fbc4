package org.jewelers.web.problem;

/** The problem types every service answers; a service's own types are in an enum of its own ({@link ProblemKind}). */
public enum ProblemType implements ProblemKind {
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

    private final Definition definition;

    ProblemType(String slug, int status, String title) {
        this.definition = new Definition(slug, status, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** The generic type for a status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status() == status && type != VALIDATION && type != MALFORMED_JSON && type != MALFORMED_ID) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
