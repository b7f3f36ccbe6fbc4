package org.jewelers.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses as the logs may show them: the domain, which is what a delivery problem is usually about, and the
 * first letter of the mailbox. Whose mail it was stays in the outbox table, not in the logs.
 */
final class MaskedAddresses {

    private static final Pattern ADDRESS = Pattern.compile("([^\\s<>@\"',;:()]+)@([A-Za-z0-9.-]+)");

    private MaskedAddresses() {
    }

    /** The text with every address in it masked: an address, or an SMTP server's refusal that names one. */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher address = ADDRESS.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (address.find()) {
            address.appendReplacement(masked,
                    Matcher.quoteReplacement(address.group(1).charAt(0) + "***@" + address.group(2)));
        }
        return address.appendTail(masked).toString();
    }
}
