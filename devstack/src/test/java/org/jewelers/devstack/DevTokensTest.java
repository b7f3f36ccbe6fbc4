package org.jewelers.devstack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aTokenCarriesTheContractClaims() {
        String claims = claims(tokens.mint("ana", "member", "2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1"));
        assertTrue(claims.contains("\"iss\":\"" + DevTokens.ISSUER + "\""), claims);
        assertTrue(claims.contains("\"sub\":\"ana\""), claims);
        assertTrue(claims.contains("\"groups\":[\"member\"]"), claims);
        assertTrue(claims.contains("\"member_id\":\"2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1\""), claims);
        assertTrue(claims.contains("\"exp\":"), claims);
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
