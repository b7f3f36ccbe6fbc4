package org.jewelers.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints bearer tokens (RS256 JWTs with the claims of the Contracts section) signed with the committed DEV ONLY key,
 * which only the dev stack's apps trust.
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev.jewelers.example/issuer";
    /** The audience the dev stack's apps require (MP_JWT_VERIFY_AUDIENCES). */
    public static final String AUDIENCE = "https://dev.jewelers.example/api";
    public static final List<String> ROLES = List.of("staff", "entrant", "judge", "member", "partner");
    static final String PUBLIC_KEY_RESOURCE = "/dev-keys/public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = "/dev-keys/private-key.pem";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    public static DevTokens load() {
        try {
            byte[] der = Base64.getMimeDecoder().decode(resource(PRIVATE_KEY_RESOURCE).replaceAll("-----[A-Z ]+-----", ""));
            return new DevTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the dev signing key is unreadable", e);
        }
    }

    public String staff() {
        return mint("dev-staff", "staff", null);
    }

    /** A token of an administrator of the partner {@code partnerId}. */
    public String partner(String subject, String partnerId) {
        return mint(subject, "partner", null, "Dev partner", Map.of("partner_id", partnerId));
    }

    /** A token for one role; {@code memberId} is the firm the user works for, required for entrant and member. */
    public String mint(String subject, String role, String memberId) {
        return mint(subject, role, memberId, "Dev " + role);
    }

    /** A token as {@link #mint(String, String, String)}, for a person with a name of their own. */
    public String mint(String subject, String role, String memberId, String name) {
        return mint(subject, role, memberId, name, Map.of());
    }

    private String mint(String subject, String role, String memberId, String name, Map<String, String> more) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + "; roles are " + ROLES);
        }
        if (memberId == null && (role.equals("entrant") || role.equals("member"))) {
            throw new IllegalArgumentException("a " + role + " token needs the member id of the user's firm");
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", role);
        claims.setClaim("name", name);
        claims.setClaim("email", subject + "@dev.jewelers.example");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME.toMinutes());
        claims.setGeneratedJwtId();
        if (memberId != null) {
            claims.setClaim("member_id", memberId);
        }
        more.forEach(claims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the devstack jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rolesUsage() {
        return ROLES.stream().map(role -> role.equals("entrant") || role.equals("member") ? role + " <member-id>" : role)
                .collect(Collectors.joining(" | "));
    }
}
