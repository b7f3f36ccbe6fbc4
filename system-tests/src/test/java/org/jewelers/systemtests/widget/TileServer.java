package org.jewelers.systemtests.widget;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A map tile server of the test's own, on an origin of its own: every tile is the same pale square with a border, so
 * that a screenshot shows the tile grid, and no test ever asks a real tile server for anything.
 */
final class TileServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger tilesServed = new AtomicInteger();

    TileServer() {
        byte[] tile = tile();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/tiles/", exchange -> {
            tilesServed.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, tile.length);
            exchange.getResponseBody().write(tile);
            exchange.close();
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL template the widget's tiles attribute takes. */
    String template() {
        return origin() + "/tiles/{z}/{x}/{y}.png";
    }

    int tilesServed() {
        return tilesServed.get();
    }

    private static byte[] tile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xe4, 0xee, 0xe0));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xb8, 0xc8, 0xb4));
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
