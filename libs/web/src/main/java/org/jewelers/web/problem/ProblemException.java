package org.jewelers.web.problem;

import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule refused the request. Services throw it with the problem kind that fits, the shared {@link ProblemType}s or
 * their own, with the extension members and the wait that the kind tells the client about; the edge turns it into
 * problem+json ({@link ProblemMappers}). It is a WebApplicationException so that JAX-RS passes it through unchanged
 * from parameter conversion too (a malformed path id stays a 400 instead of becoming a 404).
 */
public class ProblemException extends WebApplicationException {

    private final ProblemKind type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private Duration retryAfter;

    public ProblemException(ProblemKind type, String detail) {
        this(type, detail, List.of());
    }

    /** A refusal that names each offending field or rule in {@code errors}. */
    public ProblemException(ProblemKind type, String detail, List<Problem.FieldError> errors) {
        super(detail, type.status());
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** Adds an extension member to the answer, after the standard ones; a null value is left out. */
    public ProblemException with(String member, Object value) {
        if (value != null) {
            members.put(member, value);
        }
        return this;
    }

    /** Tells the client that the same request succeeds once {@code wait} has passed (Retry-After). */
    public ProblemException retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    public ProblemKind type() {
        return type;
    }

    /** The offending fields or parameters, for a validation problem. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The answer's body, for a request to {@code instance}. */
    public Problem problem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance,
                errors.isEmpty() ? null : errors, members);
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
