package org.jewelers.competition.notice;

import org.jewelers.mail.OutgoingMail;

/**
 * A notice as rendered: its subject line, plain-text and HTML parts, and an optional attachment (a judge's calendar
 * invitation).
 */
public record Letter(String subject, String text, String html, OutgoingMail.Attachment attachment) {

    public Letter withAttachment(OutgoingMail.Attachment file) {
        return new Letter(subject, text, html, file);
    }
}
