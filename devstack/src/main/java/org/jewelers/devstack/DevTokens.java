package org.jewelers.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints bearer tokens (RS256 JWTs with the claims of the Contracts section) signed with the committed DEV ONLY key,
 * which only the dev stack's apps trust.
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev.jewelers.example/issuer";
    public static final List<String> ROLES = List.of("staff", "entrant", "judge", "member");
    static final String PUBLIC_KEY_RESOURCE = "/dev-keys/public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = "/dev-keys/private-key.pem";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    public static DevTokens load() {
        try {
            String pem = resource(PRIVATE_KEY_RESOURCE);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return new DevTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the dev signing key is unreadable", e);
        }
    }

    public String staff() {
        return mint("dev-staff", "staff", null);
    }

    /** A token for one role; {@code memberId} is the firm the user works for, required for entrant and member. */
    public String mint(String subject, String role, String memberId) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + "; roles are " + ROLES);
        }
        if (memberId == null && (role.equals("entrant") || role.equals("member"))) {
            throw new IllegalArgumentException("a " + role + " token needs the member id of the user's firm");
        }
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(Json.quote(ISSUER))
                .append(",\"sub\":").append(Json.quote(subject))
                .append(",\"groups\":[").append(Json.quote(role)).append(']')
                .append(",\"name\":").append(Json.quote("Dev " + role))
                .append(",\"email\":").append(Json.quote(subject + "@dev.jewelers.example"))
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(LIFETIME).getEpochSecond())
                .append(",\"jti\":").append(Json.quote(UUID.randomUUID().toString()));
        if (memberId != null) {
            claims.append(",\"member_id\":").append(Json.quote(memberId));
        }
        return sign(claims.append('}').toString());
    }

    static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private String sign(String claims) {
        String unsigned = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
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
