package org.jewelers.web.caller;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sent the request, as their verified bearer token names them: read from the token once per request, so that
 * every service reads identity the same way. A request without a token has a caller with no subject and no roles.
 */
@RequestScoped
public class Caller {

    static final String MEMBER_ID = "member_id";
    static final String PARTNER_ID = "partner_id";

    private final String subject;
    private final Set<String> roles;
    private final String email;
    private final String name;
    private final IdClaim memberId;
    private final IdClaim partnerId;

    @Inject
    Caller(JsonWebToken token) {
        this.subject = token.getSubject();
        this.roles = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
        this.email = text(token.getClaim("email"));
        this.name = text(token.getClaim("name"));
        this.memberId = IdClaim.of(token.getClaim(MEMBER_ID));
        this.partnerId = IdClaim.of(token.getClaim(PARTNER_ID));
    }

    public String subject() {
        return subject;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The token's email claim, or null. */
    public String email() {
        return email;
    }

    /** The token's name claim, or null. */
    public String name() {
        return name;
    }

    /**
     * The member firm the token speaks for, or null when it names none. A claim that is not a firm id is the token
     * issuer's error, and such a token is no valid credential here: the request is refused as unauthenticated (401),
     * the same answer on every service and for every operation that needs the firm.
     */
    public UUID memberId() {
        return memberId.id("the token's member_id is not a member firm id");
    }

    /**
     * The partner whose administrator the token speaks for (role {@code partner}), or null when it names none; a
     * malformed claim is refused as {@link #memberId()}'s is.
     */
    public UUID partnerId() {
        return partnerId.id("the token's partner_id is not a partner id");
    }

    /** True when the token speaks for the given member firm. */
    public boolean speaksFor(UUID firm) {
        return firm != null && firm.equals(memberId());
    }

    /** A claim that names an object by its UUID: absent, an id, or malformed (the issuer's error). */
    private record IdClaim(UUID id, boolean malformed) {

        static IdClaim of(Object claim) {
            if (claim instanceof String text) {
                try {
                    return new IdClaim(UUID.fromString(text), false);
                } catch (IllegalArgumentException e) {
                    return new IdClaim(null, true);
                }
            }
            return new IdClaim(null, claim != null);
        }

        UUID id(String malformedMessage) {
            if (malformed) {
                throw new AuthenticationFailedException(malformedMessage);
            }
            return id;
        }
    }

    /** A string claim, or null when absent or of another JSON type. */
    private static String text(Object claim) {
        return claim instanceof String s ? s : null;
    }
}
