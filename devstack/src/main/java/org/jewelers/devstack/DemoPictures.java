package org.jewelers.devstack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo's pictures, drawn here so that no third-party photograph ships with the stack: stylised pieces (a ring or
 * a pendant in gradients of metal and stone) and abstract portrait silhouettes. Each seed gives a picture of its
 * own, so a gallery of them looks like a gallery.
 */
final class DemoPictures {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    /** Hues this far apart never repeat closely, however many pictures there are. */
    private static final float GOLDEN_ANGLE = 0.381966f;
    private static final Color[] METALS = {new Color(212, 175, 55), new Color(200, 200, 210), new Color(183, 110, 121),
            new Color(229, 228, 226)};
    private static final Color[] STONES = {new Color(20, 90, 200), new Color(180, 20, 60), new Color(20, 150, 90),
            new Color(240, 240, 255), new Color(120, 40, 160), new Color(250, 150, 30)};

    private DemoPictures() {
    }

    /** A piece on a studio backdrop: a ring seen from the side when {@code pendant} is false, else a pendant. */
    static byte[] piece(int seed, boolean pendant) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        // Neighbouring seeds start java.util.Random alike: colours step through the seed itself instead.
        Color backdrop = Color.getHSBColor(seed * GOLDEN_ANGLE % 1, 0.3f, 0.45f);
        g.setPaint(new GradientPaint(0, 0, backdrop.brighter(), 0, HEIGHT, backdrop.darker().darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color metal = METALS[seed % METALS.length];
        Color stone = STONES[seed * 5 % STONES.length];
        float stoneSize = 50 + random.nextInt(40);
        if (pendant) {
            pendant(g, metal, stone, stoneSize, random);
        } else {
            ring(g, metal, stone, stoneSize, random);
        }
        g.dispose();
        return png(image);
    }

    /** A head-and-shoulders silhouette in soft colours: a portrait without a face. */
    static byte[] portrait(int seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L);
        BufferedImage image = new BufferedImage(480, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        float hue = (0.1f + seed * GOLDEN_ANGLE) % 1;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 480, 600,
                Color.getHSBColor((hue + 0.15f) % 1, 0.5f, 0.7f)));
        g.fillRect(0, 0, 480, 600);
        Color figure = Color.getHSBColor((hue + 0.5f) % 1, 0.3f, 0.3f + random.nextFloat() * 0.2f);
        g.setPaint(new GradientPaint(0, 200, figure.brighter(), 0, 600, figure));
        float shoulders = 300 + random.nextInt(80);
        g.fill(new Ellipse2D.Float(240 - shoulders / 2, 420, shoulders, 360));
        float head = 150 + random.nextInt(30);
        g.fill(new Ellipse2D.Float(240 - head / 2, 160, head, head * 1.25f));
        g.setPaint(new Color(255, 255, 255, 40));
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Float(240 - head / 2 - 20, 140, head + 40, head * 1.25f + 40));
        g.dispose();
        return png(image);
    }

    private static void ring(Graphics2D g, Color metal, Color stone, float stoneSize, Random random) {
        float cx = WIDTH / 2f;
        float cy = HEIGHT / 2f + 50;
        float band = 150 + random.nextInt(40);
        g.setStroke(new BasicStroke(18 + random.nextInt(10), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new GradientPaint(cx - band, cy, metal.darker(), cx + band, cy, metal.brighter()));
        g.draw(new Ellipse2D.Float(cx - band, cy - band * 0.45f, band * 2, band * 0.9f));
        gem(g, cx, cy - band * 0.45f - stoneSize * 0.4f, stoneSize, stone, metal);
    }

    private static void pendant(Graphics2D g, Color metal, Color stone, float stoneSize, Random random) {
        float cx = WIDTH / 2f;
        g.setStroke(new BasicStroke(4));
        g.setPaint(metal);
        g.draw(new Arc2D.Float(cx - 260, -300, 520, 560, 200, 140, Arc2D.OPEN));
        float top = 260;
        float drop = stoneSize * 1.6f + random.nextInt(30);
        GeneralPath tear = new GeneralPath();
        tear.moveTo(cx, top);
        tear.curveTo(cx + drop, top + drop * 0.8f, cx + drop * 0.6f, top + drop * 1.6f, cx, top + drop * 1.6f);
        tear.curveTo(cx - drop * 0.6f, top + drop * 1.6f, cx - drop, top + drop * 0.8f, cx, top);
        g.setPaint(new GradientPaint(cx - drop, top, metal.brighter(), cx + drop, top + drop, metal.darker()));
        g.fill(tear);
        gem(g, cx, top + drop * 1.0f, stoneSize, stone, metal);
    }

    private static void gem(Graphics2D g, float cx, float cy, float size, Color stone, Color setting) {
        g.setPaint(setting.darker());
        g.fill(new Ellipse2D.Float(cx - size / 2 - 6, cy - size / 2 - 6, size + 12, size + 12));
        g.setPaint(new RadialGradientPaint(new Point2D.Float(cx - size / 6, cy - size / 6), size / 2,
                new float[] {0f, 0.5f, 1f}, new Color[] {Color.WHITE, stone, stone.darker().darker()},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Float(cx - size / 2, cy - size / 2, size, size));
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
