package org.jewelers.systemtests.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jewelers.devstack.DevTokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The callers of the matrix and of the foreign-object checks, each with its bearer token (none for anonymous).
 * The expired and the foreign-key tokens carry the staff role, so that only their signature or expiry can refuse them.
 */
public final class Callers {

    /** The matrix's columns, in the order they are tried. */
    static final List<String> MATRIX = List.of("anonymous", "expired", "foreign-key", "staff", "entrant", "judge",
            "member", "other-member", "partner");

    private final Map<String, String> tokens = new LinkedHashMap<>();

    Callers(DevTokens dev, MatrixFixture.Firms firms, String partner) {
        tokens.put("expired", expiredStaffToken());
        tokens.put("foreign-key", foreignKeyStaffToken());
        tokens.put("staff", dev.staff());
        tokens.put("entrant", dev.mint(MatrixFixture.ENTRANT, "entrant", firms.x()));
        tokens.put("judge", dev.mint(MatrixFixture.JUDGE, "judge", null));
        tokens.put("member", dev.mint("matrix-member", "member", firms.x()));
        tokens.put("other-member", dev.mint("matrix-other-member", "member", firms.y()));
        tokens.put("partner", dev.partner("matrix-partner-admin", partner));
        tokens.put("entrant-b", dev.mint("matrix-entrant-b", "entrant", firms.x()));
        tokens.put("unassigned-judge", dev.mint("matrix-unassigned-judge", "judge", null));
        tokens.put("conflicted-judge", dev.mint(MatrixFixture.CONFLICTED_JUDGE, "judge", null));
    }

    /** The caller's token; empty for anonymous. */
    public Optional<String> token(String caller) {
        if (caller.equals("anonymous")) {
            return Optional.empty();
        }
        String token = tokens.get(caller);
        if (token == null) {
            throw new IllegalArgumentException("no caller named " + caller + "; callers are anonymous and " + tokens.keySet());
        }
        return Optional.of(token);
    }

    /**
     * A valid token as the dev issuer signs it, but with a name of its own: {@link DevTokens} names every caller
     * "Dev &lt;role&gt;", too alike for a scenario that must tell nominators from nominees in public answers.
     */
    public static String named(String subject, String role, String memberId, String name) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevTokens.ISSUER);
        claims.setAudience(DevTokens.AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", role);
        claims.setClaim("name", name);
        claims.setClaim("email", subject + "@dev.jewelers.example");
        if (memberId != null) {
            claims.setClaim("member_id", memberId);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(120);
        claims.setGeneratedJwtId();
        return sign(claims, devPrivateKey());
    }

    /** Issued and expired in the past by the dev issuer, signed with the key the system trusts. */
    private static String expiredStaffToken() {
        NumericDate issued = NumericDate.now();
        issued.addSeconds(-7200);
        NumericDate expired = NumericDate.now();
        expired.addSeconds(-3600);
        JwtClaims claims = staffClaims("matrix-expired-staff");
        claims.setIssuedAt(issued);
        claims.setExpirationTime(expired);
        return sign(claims, devPrivateKey());
    }

    /** Valid in every claim, but signed by a key pair made here that the system has never seen. */
    private static String foreignKeyStaffToken() {
        JwtClaims claims = staffClaims("matrix-forged-staff");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make a foreign key pair", e);
        }
    }

    private static JwtClaims staffClaims(String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevTokens.ISSUER);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", "staff");
        claims.setClaim("name", "Matrix " + subject);
        claims.setClaim("email", subject + "@dev.jewelers.example");
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims, Key key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    /** The devstack jar's DEV ONLY key, which DevTokens keeps to itself and always signs with a future expiry. */
    private static Key devPrivateKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/private-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("the devstack jar has no /dev-keys/private-key.pem");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the dev signing key is unreadable", e);
        }
    }
}
