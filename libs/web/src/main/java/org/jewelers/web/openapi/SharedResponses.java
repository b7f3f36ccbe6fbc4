package org.jewelers.web.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jewelers.web.problem.ProblemKind;

/**
 * The responses that many operations give alike, each declared once under {@code components/responses} and
 * referred to from the operations; a response is declared the first time an operation refers to it.
 */
final class SharedResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    private final Components components;

    SharedResponses(Components components) {
        this.components = components;
    }

    /**
     * Declares on {@code operation} the shared response {@code name} for {@code status}, unless the operation
     * declares that status itself. The shared response is declared with {@code response} the first time.
     */
    void declare(Operation operation, String status, String name, Supplier<APIResponse> response) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
            components.addResponse(name, response.get());
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }

    /** A problem+json answer. */
    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemJson());
    }

    /**
     * Adds to a problem answer an example body of the kind {@code slug}, so that a reader sees which problem types
     * the status carries.
     */
    static APIResponse example(APIResponse response, String slug, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemKind.BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.getContent().getMediaType(PROBLEM_JSON).addExample(slug, OASFactory.createExample().value(body));
        return response;
    }

    static Content problemJson() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    /** A header whose value is a whole number of seconds or requests. */
    static Header count(String description, boolean required) {
        return OASFactory.createHeader()
                .description(description)
                .required(required)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO));
    }
}
