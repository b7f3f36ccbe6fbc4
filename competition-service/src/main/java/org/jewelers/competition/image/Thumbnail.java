package org.jewelers.competition.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;

/** The small JPEG judges and staff browse entries by. */
final class Thumbnail {

    /** The longer side, in pixels. */
    static final int SIZE = 320;

    private Thumbnail() {
    }

    static byte[] of(BufferedImage image) {
        // JPEG has no transparency: transparent areas are shown on white, as on the site, rather than black.
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.of(opaque).size(SIZE, SIZE).outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}
