package org.jewelers.web.logging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A request's URI as logs may show it: the secrets that travel in URIs are masked. These are a 20 Under 40
 * nominee's consent token (the path segment after {@code consent}, as in {@code /api/v1/nominations/consent/<token>}),
 * a notice's signed one-click unsubscribe token (after {@code unsubscribe}, as in
 * {@code /api/v1/notices/unsubscribe/<token>}), and a partner's API key (the {@code key} query parameter, which pages that cannot set headers use). Names are
 * compared decoded, since the apps decode them before use: {@code k%65y} is the key too.
 */
public final class LoggedUri {

    static final String MASK = "***";
    private static final Set<String> SECRET_AFTER_SEGMENT = Set.of("consent", "unsubscribe");
    private static final Set<String> SECRET_PARAMETERS = Set.of("key");

    private LoggedUri() {
    }

    public static String of(String uri) {
        if (uri == null) {
            return null;
        }
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        return question < 0 ? maskPath(path) : maskPath(path) + "?" + maskQuery(uri.substring(question + 1));
    }

    private static String maskPath(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].isEmpty() && SECRET_AFTER_SEGMENT.contains(name(segments[i - 1]))) {
                segments[i] = MASK;
            }
        }
        return String.join("/", segments);
    }

    /** Netty, which parses the query for the apps, takes both & and ; between parameters. */
    private static String maskQuery(String query) {
        StringBuilder masked = new StringBuilder(query.length());
        int start = 0;
        for (int i = 0; i <= query.length(); i++) {
            if (i == query.length() || query.charAt(i) == '&' || query.charAt(i) == ';') {
                String parameter = query.substring(start, i);
                int equals = parameter.indexOf('=');
                if (equals >= 0 && SECRET_PARAMETERS.contains(name(parameter.substring(0, equals)))) {
                    parameter = parameter.substring(0, equals + 1) + MASK;
                }
                masked.append(parameter);
                if (i < query.length()) {
                    masked.append(query.charAt(i));
                }
                start = i + 1;
            }
        }
        return masked.toString();
    }

    /** A segment's or parameter's name decoded, without matrix parameters; undecodable text names nothing. */
    private static String name(String raw) {
        int semicolon = raw.indexOf(';');
        String bare = semicolon < 0 ? raw : raw.substring(0, semicolon);
        try {
            return URLDecoder.decode(bare.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
