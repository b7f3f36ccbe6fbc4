package org.jewelers.web.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    private static final UUID FIRM = UUID.fromString("2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1");

    @Test
    void aMemberTokenNamesItsSubjectRolesFirmEmailAndName() {
        Caller caller = new Caller(token(Map.of("sub", "owner-1", "groups", Set.of("member"),
                "member_id", FIRM.toString(), "email", "owner@example.com", "name", "Pat Owner")));

        assertEquals("owner-1", caller.subject());
        assertEquals(Set.of("member"), caller.roles());
        assertTrue(caller.hasRole("member"));
        assertFalse(caller.hasRole("staff"));
        assertEquals(FIRM, caller.memberId());
        assertTrue(caller.speaksFor(FIRM));
        assertFalse(caller.speaksFor(UUID.randomUUID()));
        assertEquals("owner@example.com", caller.email());
        assertEquals("Pat Owner", caller.name());
    }

    @Test
    void aTokenWithoutAFirmSpeaksForNone() {
        Caller staff = new Caller(token(Map.of("sub", "staff-1", "groups", Set.of("staff"))));

        assertNull(staff.memberId());
        assertFalse(staff.speaksFor(FIRM));
    }

    @Test
    void noTokenIsACallerWithoutSubjectOrRoles() {
        Caller anonymous = new Caller(token(Map.of()));

        assertNull(anonymous.subject());
        assertEquals(Set.of(), anonymous.roles());
        assertNull(anonymous.memberId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-firm-id", "", "2b0c6a8e", "2b0c6a8e-7f43-4a35-9f55-c2a4f1f0d9a1x"})
    void aMalformedFirmIdIsNoValidCredential(String memberId) {
        Caller caller = new Caller(token(Map.of("sub", "owner-1", "member_id", memberId)));

        assertThrows(AuthenticationFailedException.class, caller::memberId);
        assertThrows(AuthenticationFailedException.class, () -> caller.speaksFor(FIRM));
        // Who the caller is stays readable: only the firm is in doubt.
        assertEquals("owner-1", caller.subject());
    }

    @Test
    void aFirmIdThatIsNotAStringIsMalformedToo() {
        Caller caller = new Caller(token(Map.of("member_id", Json.createValue(42))));

        assertThrows(AuthenticationFailedException.class, caller::memberId);
    }

    /** A verified token as smallrye-jwt hands it over: strings as strings, other JSON values as JSON values. */
    private static JsonWebToken token(Map<String, Object> claims) {
        Map<String, Object> copy = new HashMap<>(claims);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) copy.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return copy.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) copy.get(claimName);
            }
        };
    }
}
