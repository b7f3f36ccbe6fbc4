package org.jewelers.web.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A domain rule refused the request. Services throw it with the problem type that fits; the edge turns it into
 * problem+json. It is a WebApplicationException so that JAX-RS passes it through unchanged from parameter
 * conversion too (a malformed path id stays a 400 instead of becoming a 404).
 */
public class ProblemException extends WebApplicationException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, type.status());
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    /** The offending fields or parameters, for a validation problem. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** A request field or parameter breaks a rule that Bean Validation cannot express. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new ProblemException(ProblemType.VALIDATION, detail, errors);
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
