package org.jewelers.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    private final DevTokens tokens = DevTokens.load();

    @Test
    void aTokenIsSignedWithTheDevKeyTheAppsAreGiven() throws Exception {
        String[] parts = tokens.staff().split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey());
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(signature.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void aTokenCarriesTheContractClaims() throws Exception {
        JsonNode claims = new ObjectMapper().readTree(claims(tokens.mint("ana", "member", "2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1")));
        assertEquals(DevTokens.ISSUER, claims.path("iss").asText());
        assertEquals(DevTokens.AUDIENCE, claims.path("aud").asText());
        assertEquals("ana", claims.path("sub").asText());
        assertEquals("member", claims.path("groups").path(0).asText());
        assertEquals(1, claims.path("groups").size());
        assertEquals("2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1", claims.path("member_id").asText());
        assertTrue(claims.path("exp").asLong() > claims.path("iat").asLong());
    }

    @Test
    void entrantsAndMembersWorkForAFirm() {
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("ana", "entrant", null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("ana", "member", null));
    }

    @Test
    void onlyTheContractRolesExist() {
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("ana", "admin", null));
    }

    private static PublicKey publicKey() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(DevTokens.publicKeyPem().replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
