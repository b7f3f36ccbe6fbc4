package org.jewelers.competition.entry;

import java.time.LocalDateTime;
import java.util.List;

/** The email that carries an entry's receipt to its entrant: what was submitted, when, and its checksum. */
final class ReceiptLetter {

    private ReceiptLetter() {
    }

    static String subject(Entry entry) {
        return "Receipt: \"" + entry.title + "\" entered in " + entry.edition.title;
    }

    static String body(Entry entry, List<EntryImage> files, Receipt receipt) {
        StringBuilder text = new StringBuilder();
        text.append("Your entry \"").append(entry.title).append("\" was submitted to ").append(entry.edition.title)
                .append(".\n\n");
        text.append("Entry: ").append(receipt.entryId()).append('\n');
        text.append("Category: ").append(entry.category).append('\n');
        text.append("Submitted at: ").append(receipt.submittedAt()).append(" (")
                .append(LocalDateTime.ofInstant(receipt.submittedAt(), entry.edition.zone())).append(' ')
                .append(entry.edition.timeZone).append(")\n");
        text.append("Receipt SHA-256: ").append(receipt.sha256()).append("\n\n");
        text.append("Files:\n");
        for (EntryImage file : files) {
            text.append("  ").append(file.position).append(". ").append(file.kind.code()).append(", ")
                    .append(file.mediaType).append(", SHA-256 ").append(file.sha256).append('\n');
        }
        text.append("\nThe checksum covers the entry exactly as submitted (see the API's Receipt description for its ")
                .append("canonical form). Keep this message as your proof of entry.\n");
        return text.toString();
    }
}
