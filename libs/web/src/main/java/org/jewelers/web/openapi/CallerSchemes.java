package org.jewelers.web.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares who may call an operation in the form generators and readers understand. A secured operation takes the
 * bearer scheme without scopes (only OAuth2 schemes have them) and names the roles, any one of which grants it, in
 * {@code x-roles} and at the end of its description. A public read takes a partner's API key, in the
 * {@code X-Api-Key} header or the {@code key} query parameter for pages that cannot set headers, or none
 * ({@code org.jewelers.gateway.limits.PartnerKeys}).
 */
final class CallerSchemes {

    static final String ROLES = "x-roles";
    static final String API_KEY = "apiKey";
    static final String API_KEY_IN_QUERY = "apiKeyInQuery";

    private CallerSchemes() {
    }

    /** Whether the operation is public, taking a partner's API key or nothing. */
    static boolean takesApiKey(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes().containsKey(API_KEY));
    }

    static void declareSchemes(Components components) {
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")
                .description("A partner's API key, checked by the gateway: a browser key only from a page on one of "
                        + "its origins, a server key only from a server. Without one the caller is limited as "
                        + "anonymous, per client address."));
        components.addSecurityScheme(API_KEY_IN_QUERY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY).name("key")
                .description("The same API key as a query parameter, for pages that cannot set headers (the "
                        + "widget's script); browser keys only."));
    }

    /** Rewrites the operation's security; answers the roles of a secured operation (empty: any token), else null. */
    static List<String> declare(String method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            if (PathItem.HttpMethod.GET.name().equals(method)) {
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(API_KEY),
                        OASFactory.createSecurityRequirement().addScheme(API_KEY_IN_QUERY))));
            }
            return null;
        }
        if (takesApiKey(operation)) {
            return null;
        }
        if (operation.getExtensions() != null && operation.getExtensions().get(ROLES) instanceof List<?> declared) {
            return declared.stream().map(String::valueOf).toList();
        }
        List<String> roles = operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .filter(Objects::nonNull)
                .flatMap(Collection::stream)
                .distinct()
                .sorted()
                .toList();
        List<SecurityRequirement> withoutScopes = operation.getSecurity().stream()
                .map(requirement -> {
                    SecurityRequirement plain = OASFactory.createSecurityRequirement();
                    requirement.getSchemes().keySet().forEach(plain::addScheme);
                    return plain;
                })
                .toList();
        operation.setSecurity(new ArrayList<>(withoutScopes));
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES, roles);
            String needs = "**Roles** (any one): " + String.join(", ", roles.stream().map(r -> "`" + r + "`")
                    .toList()) + ".";
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? needs : operation.getDescription().strip() + "\n\n" + needs);
        }
        return roles;
    }
}
