package org.jewelers.web.problem;

import jakarta.ws.rs.WebApplicationException;

/**
 * A domain rule refused the request. Services throw it with the problem type that fits; the edge turns it into
 * problem+json. It is a WebApplicationException so that JAX-RS passes it through unchanged from parameter
 * conversion too (a malformed path id stays a 400 instead of becoming a 404).
 */
public class ProblemException extends WebApplicationException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail, type.status());
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException malformedId(String value) {
        return new ProblemException(ProblemType.MALFORMED_ID, "'" + value + "' is not a valid id (expected a UUID)");
    }
}
