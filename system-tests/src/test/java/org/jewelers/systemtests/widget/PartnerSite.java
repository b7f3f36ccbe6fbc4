package org.jewelers.systemtests.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A partner's web site on an origin of its own (another port than the gateway's): one page that embeds the widget
 * from the gateway exactly as the demo page's snippet says, with the key and the widget's attributes in the page's
 * address.
 */
final class PartnerSite implements AutoCloseable {

    private final HttpServer server;
    private final String gatewayUrl;

    PartnerSite(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] page = page(query(exchange.getRequestURI().getRawQuery())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The page embedding a widget with this key, searching at once when a ZIP is given. */
    String pageUrl(String key, String zip) {
        return origin() + "/?key=" + key + (zip == null ? "" : "&zip=" + zip);
    }

    /** As {@link #pageUrl(String, String)}, the widget naming the kinds of firm it finds (its kinds attribute). */
    String pageUrl(String key, String zip, String kinds) {
        return pageUrl(key, zip) + "&kinds=" + URLEncoder.encode(kinds, StandardCharsets.UTF_8);
    }

    /** As {@link #pageUrl(String, String)}, the widget with these attributes too (map, tiles, ...). */
    String pageUrl(String key, String zip, Map<String, String> attributes) {
        return pageUrl(key, zip) + attributes.entrySet().stream()
                .map(a -> "&" + a.getKey() + "=" + URLEncoder.encode(a.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    private String page(Map<String, String> query) {
        // Every parameter of the page's address but the key is an attribute of the widget.
        String attributes = query.entrySet().stream().filter(q -> !q.getKey().equals("key"))
                .map(q -> " " + q.getKey() + "=\"" + q.getValue().replace("&", "&amp;").replace("\"", "&quot;") + "\"")
                .collect(Collectors.joining());
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>A partner site</title>
                <script src="%s/embed/jeweler-search.js" defer></script></head>
                <body><jeweler-search api-key="%s"%s radius="25"></jeweler-search></body></html>
                """.formatted(gatewayUrl, query.get("key"), attributes);
    }

    private static Map<String, String> query(String raw) {
        return Stream.of(raw == null ? new String[0] : raw.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
