package org.jewelers.web.openapi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares on every operation what any operation may answer, so that resources declare only what is special about
 * them and a client generated from the document can type every answer: the service's problem+json answers
 * ({@link ServiceAnswers}), the gateway's ({@link GatewayAnswers}), and the X-Request-Id header that every answer
 * carries ({@code org.jewelers.web.requests.RequestIds}). Each operation's responses are listed by status, and its
 * parameters' defaults and examples have their schemas' types ({@link ParameterValues}). Who may call each operation
 * is declared as generators read it ({@link CallerSchemes}).
 */
public class StandardAnswers implements OASFilter {

    static final String REQUEST_ID = "X-Request-Id";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader(REQUEST_ID, OASFactory.createHeader()
                .description("The request's id: the caller's when well formed, else a new one. The gateway's and "
                        + "the service's logs of the request carry it; quote it when reporting a problem.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        SharedResponses shared = new SharedResponses(openAPI.getComponents());
        CallerSchemes.declareSchemes(openAPI.getComponents());
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getParameters() != null) {
                path.getParameters().forEach(ParameterValues::typed);
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ParameterValues::typed);
                }
                if (operation.getResponses() == null) {
                    operation.responses(OASFactory.createAPIResponses());
                }
                List<String> roles = CallerSchemes.declare(entry.getKey().name(), operation);
                ServiceAnswers.declare(operation, roles, path.getParameters(), shared);
                GatewayAnswers.declare(operation, shared);
                byStatus(operation);
            }
        }
        Stream.concat(openAPI.getPaths().getPathItems().values().stream()
                                .flatMap(path -> path.getOperations().values().stream())
                                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream()),
                        openAPI.getComponents().getResponses() == null ? Stream.empty()
                                : openAPI.getComponents().getResponses().values().stream())
                .filter(response -> response.getRef() == null)
                .forEach(response -> response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID)));
    }

    private static void byStatus(Operation operation) {
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        operation.getResponses().getAPIResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(status -> "default".equals(status) ? "999"
                        : status)))
                .forEach(answer -> sorted.put(answer.getKey(), answer.getValue()));
        operation.getResponses().setAPIResponses(sorted);
    }
}
