package org.jewelers.competition.notice;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.mail.MailOutbox;

/**
 * Renders notices from their Qute templates, {@code templates/notices/<kind>.txt} and {@code .html}. The text
 * template's first line is the subject; the rest is the plain-text part. Both parts end with the association's name
 * and address ({@code notices/footer.*}) and, for a reminder, its unsubscribe link, which stays
 * {@link MailOutbox#SECRET} until the message is sent so that the outbox keeps no usable link.
 */
@ApplicationScoped
public class Letters {

    private final Engine engine;
    private final Map<String, String> association;
    private final String unsubscribeUrl;

    Letters(Engine engine, UnsubscribeLinks links,
            @ConfigProperty(name = "competition.notices.association-name") String name,
            @ConfigProperty(name = "competition.notices.association-address") String address) {
        this.engine = engine;
        this.association = Map.of("name", name, "address", address);
        this.unsubscribeUrl = links.url();
    }

    /** The notice of this kind for this data (the template's own names: entry, edition, round, reason ...). */
    public Letter render(NoticeKind kind, Map<String, Object> data) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("association", association);
        all.put("unsubscribeUrl", kind.reminder() ? unsubscribeUrl : null);
        String text = template(kind, "txt").data(all).render();
        int firstLine = text.indexOf('\n');
        String subject = text.substring(0, firstLine).strip();
        String html = template(kind, "html").data(all).render();
        return new Letter(subject, text.substring(firstLine + 1).stripLeading(), html, null);
    }

    private Template template(NoticeKind kind, String part) {
        Template template = engine.getTemplate("notices/" + kind.code() + "." + part);
        if (template == null) {
            throw new IllegalStateException("no template notices/" + kind.code() + "." + part);
        }
        return template;
    }
}
