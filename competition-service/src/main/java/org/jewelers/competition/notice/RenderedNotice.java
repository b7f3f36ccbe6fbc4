package org.jewelers.competition.notice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice as its recipient would read it, for staff to look at before it goes out. */
@Schema(name = "RenderedNotice")
public record RenderedNotice(
        @Schema(description = "Whom it goes to; null when nobody would receive it now", example = "maya@example.com")
        String recipient,
        @Schema(example = "Entries close on June 28") String subject,
        @Schema(description = "The plain-text part; an unsubscribe link shows as {secret} where each message "
                + "carries its own signed token",
                example = "Your draft is saved but not submitted.\n\n--\nJewelers of America\n...") String text,
        @Schema(description = "The HTML part", example = "<!DOCTYPE html>\n<html><body>...") String html) {

    public static RenderedNotice of(String recipient, Letter letter) {
        return new RenderedNotice(recipient, letter.subject(), letter.text(), letter.html());
    }

    public static RenderedNotice of(NoticePreview.Addressed addressed) {
        return of(addressed.recipient(), addressed.letter());
    }
}
