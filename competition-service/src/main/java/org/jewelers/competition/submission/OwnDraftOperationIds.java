package org.jewelers.competition.submission;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Names the operations that every kind inherits from {@link OwnDraftsResource} after the kind ({@code getEntry},
 * {@code deleteNomination}): the annotations are written once, for all kinds, so they carry a placeholder noun that
 * would otherwise name the operations of every kind alike. A kind without a noun here fails the document's build.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OwnDraftOperationIds implements OASFilter {

    static final String PLACEHOLDER = "OwnDraft";

    private static final Map<String, String> NOUNS = Map.of(
            "/api/v1/entries/{id}", "Entry",
            "/api/v1/nominations/{id}", "Nomination");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> name(path, item));
    }

    private static void name(String path, PathItem item) {
        for (Operation operation : item.getOperations().values()) {
            String id = operation.getOperationId();
            if (id == null || !id.endsWith(PLACEHOLDER)) {
                continue;
            }
            String noun = NOUNS.get(path);
            if (noun == null) {
                throw new IllegalStateException("No noun names the own-draft operations of " + path
                        + " (OwnDraftOperationIds)");
            }
            operation.setOperationId(id.substring(0, id.length() - PLACEHOLDER.length()) + noun);
        }
    }
}
