package org.jewelers.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jewelers.web.logging.LoggedUri;

/** Turns every error a request can meet into RFC 9457 problem+json with a stable type. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = Response.status(e.type().status()).type(Problem.MEDIA_TYPE)
                .entity(e.problem(path(uri)));
        // Whole seconds, rounded up: a client that waits this long is not refused again for the same reason.
        e.retryAfter().ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER,
                Math.max(1, (wait.toMillis() + 999) / 1000)));
        return answer.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPath.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        ProblemType type = ProblemType.VALIDATION;
        return respond(new Problem(type.uri(), type.title(), type.status(), detail, path(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !(e instanceof com.fasterxml.jackson.core.JsonParseException)
                && !mapping.getPath().isEmpty()) {
            String field = FieldPath.of(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof InvalidFormatException ? "has the wrong format or type"
                    : e instanceof MismatchedInputException ? "has the wrong type"
                    : "is invalid";
            ProblemType type = ProblemType.VALIDATION;
            return respond(new Problem(type.uri(), type.title(), type.status(), "1 field is invalid", path(uri),
                    List.of(new Problem.FieldError(field, message))));
        }
        return respond(ProblemType.MALFORMED_JSON.problem("The request body is not valid JSON: "
                + e.getOriginalMessage(), path(uri)));
    }

    /** Quarkus ships its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("Your token does not grant this action", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            return unconvertible(e.getCause(), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at this address";
            case METHOD_NOT_ALLOWED -> "This resource does not answer that method";
            default -> e.getMessage();
        };
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, path(uri), null));
        copy(original, answer, HttpHeaders.ALLOW);
        copy(original, answer, HttpHeaders.RETRY_AFTER);
        return answer.build();
    }

    /**
     * JAX-RS answers 404 when a query or path parameter cannot be converted to its Java type ({@code page=abc}), as
     * if the address named nothing; the address is right and a parameter is wrong, so it is a validation problem.
     * The parameter is named when its value is the one the conversion quotes.
     */
    private static Response unconvertible(Throwable cause, UriInfo uri) {
        String reason = String.valueOf(cause.getMessage());
        List<Problem.FieldError> errors = new ArrayList<>();
        uri.getQueryParameters().forEach((name, values) -> values.stream()
                .filter(value -> reason.contains("\"" + value + "\""))
                .findFirst()
                .ifPresent(value -> errors.add(new Problem.FieldError(name, "has the wrong format or type"))));
        ProblemType type = ProblemType.VALIDATION;
        return respond(new Problem(type.uri(), type.title(), type.status(), "A parameter has the wrong format or type",
                path(uri), errors.isEmpty() ? null : errors));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error on " + LoggedUri.of(path(uri)), e);
        return respond(ProblemType.INTERNAL.problem("Something went wrong on our side; it has been logged", path(uri)));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(ProblemType.UNAUTHORIZED.problem("A valid bearer token is required", path(uri)))
                .build();
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Field names as a client wrote them: the JSON path, without Java method and parameter names. */
    static final class FieldPath {

        private FieldPath() {
        }

        static String of(ConstraintViolation<?> violation) {
            String parameter = null;
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case PARAMETER -> parameter = node.getName();
                    case PROPERTY, CONTAINER_ELEMENT -> {
                        if (node.getIndex() != null) {
                            field.append('[').append(node.getIndex()).append(']');
                        } else if (node.getKey() != null) {
                            field.append('[').append(node.getKey()).append(']');
                        }
                        if (node.getKind() == ElementKind.PROPERTY) {
                            field.append(field.isEmpty() ? "" : ".").append(node.getName());
                        }
                    }
                    default -> {
                        // The method, a cross-parameter or class-level node: not a field the client wrote.
                    }
                }
            }
            return field.isEmpty() ? parameter : field.toString();
        }

        static String of(List<JsonMappingException.Reference> references) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference reference : references) {
                if (reference.getFieldName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return field.toString();
        }
    }
}
