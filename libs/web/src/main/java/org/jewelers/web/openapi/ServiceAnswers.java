package org.jewelers.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem+json answers a service's own edge gives to any operation that has what they are about
 * ({@code org.jewelers.web.problem.ProblemMappers}, {@code EdgeProblems}): a malformed or invalid request (any
 * query parameter is checked, declared or not), a missing token or role where the operation is secured, an unknown
 * id where the path has one, an Accept or a request body the operation does not take, and an error of its own.
 * An operation that declares one of these statuses itself keeps its own, more specific, answer; an error it
 * declares with a description only answers problem+json too.
 */
final class ServiceAnswers {

    /** What Quarkus declares, without a body, on a validated or secured operation. */
    private static final Map<String, String> QUARKUS_BARE = Map.of(
            "400", "Bad Request", "401", "Not Authorized", "403", "Not Allowed");

    private ServiceAnswers() {
    }

    /**
     * {@code roles}: those of a secured operation, any of which grants it (none named: any valid token); null if the
     * operation is public.
     */
    static void declare(Operation operation, List<String> roles, List<Parameter> pathItemParameters,
                        SharedResponses shared) {
        QUARKUS_BARE.forEach((status, description) -> {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response != null && response.getContent() == null && description.equals(response.getDescription())) {
                operation.getResponses().removeAPIResponse(status);
            }
        });
        // An error that an operation declares with only its description is a problem like every other.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getRef() == null && response.getContent() == null) {
                response.content(SharedResponses.problemJson());
            }
        });
        shared.declare(operation, "400", "BadRequest", () -> SharedResponses.problem(
                "A malformed id or an invalid field or parameter; each is named"));
        if (roles != null) {
            shared.declare(operation, "401", "Unauthorized", () -> SharedResponses.problem("No valid bearer token"));
            if (!operation.getResponses().hasAPIResponse("403")) {
                operation.getResponses().addAPIResponse("403", SharedResponses.problem(roles.isEmpty()
                        ? "The token does not grant this action"
                        : "The token lacks the " + String.join(" or ", roles) + " role"));
            }
        }
        if (parameters(operation, pathItemParameters).anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            shared.declare(operation, "404", "NotFound", () -> SharedResponses.problem(
                    "Nothing has this id (or slug)"));
        }
        if (answersWithBody(operation)) {
            shared.declare(operation, "406", "NotAcceptable", () -> SharedResponses.problem(
                    "The operation answers none of the media types the request accepts (Accept)"));
        }
        if (operation.getRequestBody() != null) {
            shared.declare(operation, "413", "BodyTooLarge", () -> SharedResponses.problem(
                    "The request body is larger than the operation takes (type body-too-large)"));
            shared.declare(operation, "415", "UnsupportedMediaType", () -> SharedResponses.problem(
                    "The operation does not take a request body of this media type (Content-Type)"));
        }
        shared.declare(operation, "500", "InternalError", () -> SharedResponses.problem(
                "Something went wrong in the service; it is logged under the answer's X-Request-Id"));
    }

    private static Stream<Parameter> parameters(Operation operation, List<Parameter> pathItemParameters) {
        return Stream.concat(
                operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream(),
                pathItemParameters == null ? Stream.empty() : pathItemParameters.stream());
    }

    private static boolean answersWithBody(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null
                        && answer.getValue().getContent().getMediaTypes() != null
                        && !answer.getValue().getContent().getMediaTypes().isEmpty());
    }
}
