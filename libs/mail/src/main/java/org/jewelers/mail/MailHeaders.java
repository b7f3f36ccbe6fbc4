package org.jewelers.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A message's extra headers as the outbox keeps them: one {@code Name: value} per line, in order. */
final class MailHeaders {

    private MailHeaders() {
    }

    static String toText(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        headers.forEach((name, value) -> {
            if (name.contains(":") || (name + value).contains("\n") || (name + value).contains("\r")) {
                throw new IllegalArgumentException("a header name holds ':' or a header holds a line break: " + name);
            }
        });
        return headers.entrySet().stream().map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> fromText(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
