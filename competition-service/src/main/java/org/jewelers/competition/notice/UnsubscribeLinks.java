package org.jewelers.competition.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jewelers.mail.MailOutbox;
import org.jewelers.web.config.PublicUrls;

/**
 * Signed unsubscribe links: the token names an address and a kind of reminder, with an HMAC-SHA256 of both under a
 * key the database keeps ({@code notice_link_key}). Nothing else is stored, so the database alone holds no usable
 * link; a forged or altered token fails the signature.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** What a link names. */
    public record Subscription(String recipient, NoticeKind kind) {
    }

    private static final int MAX_TOKEN = 1000;

    private final EntityManager entities;
    private final String url;
    private volatile byte[] key;

    UnsubscribeLinks(EntityManager entities, PublicUrls urls) {
        this.entities = entities;
        this.url = urls.of(UnsubscribeResource.PATH + "/") + MailOutbox.SECRET;
    }

    /** The link as a message carries it: {@link MailOutbox#SECRET} where the token goes when it is sent. */
    public String url() {
        return url;
    }

    /** The token of a link that stops this kind for this address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String token(String recipient, NoticeKind kind) {
        return signed((kind.code() + "\n" + recipient).getBytes(StandardCharsets.UTF_8));
    }

    /** What a token names, if it is one this service signed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] named = Base64.getUrlDecoder().decode(token.substring(0, dot));
            // The whole token against the one this service would sign: base64's last character has bits a decoder
            // ignores, so comparing decoded signatures would let an altered link through.
            if (!MessageDigest.isEqual(signed(named).getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            String text = new String(named, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            return NoticeKind.of(text.substring(0, newline)).filter(NoticeKind::reminder)
                    .map(kind -> new Subscription(text.substring(newline + 1), kind));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private String signed(byte[] named) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(named) + "." + base64.encodeToString(sign(named));
    }

    private byte[] sign(byte[] named) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(named);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            entities.createNativeQuery("insert into notice_link_key (id, key) values (1, ?1) on conflict do nothing")
                    .setParameter(1, fresh).executeUpdate();
            known = (byte[]) entities.createNativeQuery("select key from notice_link_key where id = 1")
                    .getSingleResult();
            key = known;
        }
        return known;
    }
}
