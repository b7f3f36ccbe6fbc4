package org.jewelers.systemtests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jewelers.clients.directory.ApiClient;
import org.jewelers.clients.directory.ApiException;
import org.jewelers.clients.directory.api.MembersApi;
import org.jewelers.clients.directory.model.FieldError;
import org.jewelers.clients.directory.model.MemberSearchResult;
import org.jewelers.clients.directory.model.Problem;
import org.jewelers.clients.gateway.api.ApiKeysApi;
import org.jewelers.clients.gateway.model.ApiKeyType;
import org.jewelers.clients.gateway.model.CreatedApiKey;
import org.jewelers.clients.gateway.model.NewApiKey;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.Test;

/**
 * The Java client the clients module generates from the committed documents, against the running system: a public
 * call, a token call, and problems read into the document's Problem type.
 */
class JavaClientTest {

    private static final String RATE_LIMITED = "https://jewelers.example/problems/rate-limited";

    @Test
    void anyoneSearchesTheDirectory() throws ApiException {
        MemberSearchResult result = search(directory(), "km", "5");

        assertEquals("km", result.getUnit());
        assertEquals(5, result.getSize());
        assertNotNull(result.getItems());
    }

    @Test
    void staffCreateAPartnerKeyWithAToken() throws org.jewelers.clients.gateway.ApiException {
        CreatedApiKey created = partnerKey("Java client partner", 10);

        assertNotNull(created.getSecret());
        assertEquals("Java client partner", created.getKey().getName());
        assertEquals(ApiKeyType.SERVER, created.getKey().getType());
    }

    @Test
    void anInvalidParameterIsATypedValidationProblem() throws JsonProcessingException {
        ApiClient client = directory();
        ApiException refused = assertThrows(ApiException.class, () -> search(client, "parsec", null));

        assertEquals(400, refused.getCode());
        assertEquals(List.of("application/problem+json"), refused.getResponseHeaders().allValues("content-type"));
        Problem problem = problemOf(refused, client.getObjectMapper());
        assertEquals(400, problem.getStatus());
        assertEquals(List.of("unit"), problem.getErrors().stream().map(FieldError::getField).toList());
    }

    @Test
    void aPartnerKeyPastItsDailyQuotaGetsATypedRateLimitedProblem()
            throws ApiException, org.jewelers.clients.gateway.ApiException, JsonProcessingException {
        String secret = partnerKey("Java quota partner", 2).getSecret();
        ApiClient partner = directory().setRequestInterceptor(request -> request.header("X-Api-Key", secret));
        search(partner, null, "1");
        search(partner, null, "1");

        ApiException refused = assertThrows(ApiException.class, () -> search(partner, null, "1"));

        assertEquals(429, refused.getCode());
        assertNotNull(refused.getResponseHeaders().firstValue("retry-after").orElse(null));
        Problem problem = problemOf(refused, partner.getObjectMapper());
        assertEquals(429, problem.getStatus());
        assertEquals(RATE_LIMITED, problem.getType());
    }

    private static ApiClient directory() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningSystem.gatewayUrl());
        return client;
    }

    private static MemberSearchResult search(ApiClient client, String unit, String size) throws ApiException {
        return new MembersApi(client).searchMembers(null, null, null, null, null, null, null, null, null, null, null,
                null, null, size, null, null, unit, null);
    }

    private static CreatedApiKey partnerKey(String name, int requestsPerDay)
            throws org.jewelers.clients.gateway.ApiException {
        org.jewelers.clients.gateway.ApiClient client = new org.jewelers.clients.gateway.ApiClient();
        client.updateBaseUri(RunningSystem.gatewayUrl());
        String token = RunningSystem.tokens().staff();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ApiKeysApi(client).createApiKey(new NewApiKey().name(name).type(ApiKeyType.SERVER)
                .requestsPerMinute(100).requestsPerDay(requestsPerDay));
    }

    /** The generated client hands a problem over as the exception's body; the document's Problem type reads it. */
    private static Problem problemOf(ApiException refused, ObjectMapper mapper) throws JsonProcessingException {
        return mapper.readValue(refused.getResponseBody(), Problem.class);
    }
}
