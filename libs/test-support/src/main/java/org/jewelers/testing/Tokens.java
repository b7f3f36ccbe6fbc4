package org.jewelers.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Mints bearer tokens signed with the test key, with the claims of the Contracts section. */
public final class Tokens {

    public static final String ISSUER = "https://test.jewelers.example/issuer";
    /** The audience the test profile's apps require (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "https://test.jewelers.example/api";
    private static final String PRIVATE_KEY_RESOURCE = "/org/jewelers/testing/jwt/private-key.pem";
    private static final PrivateKey KEY = readPrivateKey();

    private Tokens() {
    }

    public static String staff() {
        return token("staff-1", Set.of("staff"), null);
    }

    public static String entrant(String subject, String memberId) {
        return token(subject, Set.of("entrant"), memberId);
    }

    /** An entrant whose name claim is {@code name}, not derived from the subject: a designer credit, say. */
    public static String entrant(String subject, String memberId, String name) {
        return claims(subject, Set.of("entrant"), memberId).claim("name", name).sign(KEY);
    }

    public static String member(String subject, String memberId) {
        return token(subject, Set.of("member"), memberId);
    }

    /** An administrator of a partner (a site that embeds the directory), speaking for that partner. */
    public static String partner(String subject, String partnerId) {
        return claims(subject, Set.of("partner"), null).claim("partner_id", partnerId).sign(KEY);
    }

    public static String judge(String subject) {
        return token(subject, Set.of("judge"), null);
    }

    public static String token(String subject, Set<String> roles, String memberId) {
        return claims(subject, roles, memberId).sign(KEY);
    }

    /**
     * A token of {@code subject} with the given name and email claims instead of the usual ones, or without a claim
     * given as null: the same person as their token names them at another time.
     */
    public static String withContact(String subject, Set<String> roles, String memberId, String name, String email) {
        JwtClaimsBuilder claims = claims(subject, roles, memberId);
        claims.remove("name");
        claims.remove("email");
        if (name != null) {
            claims.claim("name", name);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        return claims.sign(KEY);
    }

    /** A staff token from the right issuer and key, but addressed to {@code audience}, or to none when null. */
    public static String staffFor(String audience) {
        JwtClaimsBuilder claims = claims("staff-1", Set.of("staff"), null);
        if (audience == null) {
            claims.remove("aud");
        } else {
            claims.audience(audience);
        }
        return claims.sign(KEY);
    }

    public static String expired(String subject, Set<String> roles) {
        long now = System.currentTimeMillis() / 1000;
        return claims(subject, roles, null).issuedAt(now - 7200).expiresAt(now - 3600).sign(KEY);
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> roles, String memberId) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .groups(roles)
                .claim("name", "Test " + subject)
                .claim("email", subject + "@test.jewelers.example")
                .expiresIn(Duration.ofHours(1));
        if (memberId != null) {
            claims.claim("member_id", memberId);
        }
        return claims;
    }

    private static PrivateKey readPrivateKey() {
        try (InputStream in = Tokens.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test signing key is unreadable", e);
        }
    }
}
