package org.jewelers.systemtests.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request the fuzzer sends: its target already encoded, and a body of some kind. */
record FuzzedRequest(String method, String target, Map<String, String> headers, BodyKind kind, String contentType,
                     byte[] body, List<Part> parts) {

    /** A part of a multipart body: a file when it has a file name. */
    record Part(String name, String fileName, String mimeType, byte[] content) {
    }

    static FuzzedRequest withoutBody(String method, String target, Map<String, String> headers) {
        return new FuzzedRequest(method, target, new LinkedHashMap<>(headers), BodyKind.EMPTY, null, null, List.of());
    }

    /** What was sent, short enough for a report line, enough to send it again. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(shorten(target, 160));
        headers.forEach((name, value) -> text.append(" [").append(name).append(": ").append(shorten(value, 40)).append(']'));
        if (body != null) {
            text.append(" ").append(kind).append(' ').append(contentType).append(' ')
                    .append(shorten(new String(body, StandardCharsets.UTF_8), 200));
        }
        if (!parts.isEmpty()) {
            text.append(" ").append(kind).append(" multipart");
            parts.forEach(part -> text.append(' ').append(part.name()).append('=').append(part.fileName() == null
                    ? shorten(new String(part.content(), StandardCharsets.UTF_8), 40)
                    : part.fileName() + "(" + part.content().length + " bytes " + part.mimeType() + ")"));
        }
        return text.toString();
    }

    private static String shorten(String text, int most) {
        String oneLine = text.replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() <= most ? oneLine : oneLine.substring(0, most) + "...(" + oneLine.length() + " chars)";
    }
}
