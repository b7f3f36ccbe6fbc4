package org.jewelers.benchmarks.rush;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Camera-sized JPEG photos of about 2 MB. The pixels are noise over a gradient: noise does not compress, so a
 * modest pixel count reaches a real photo's file size and the service parses, strips and thumbnails a full-size
 * file, as it would a camera's.
 */
final class Photos {

    private Photos() {
    }

    /** {@code count} different photos, each close to {@code targetBytes}; deterministic for a seed. */
    static List<byte[]> ofAbout(int targetBytes, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(photo(targetBytes, random));
        }
        return photos;
    }

    private static byte[] photo(int targetBytes, Random random) {
        // How well noise compresses depends on the encoder: size one trial photo, then scale the pixel count to it.
        int trialPixels = 500_000;
        double bytesPerPixel = (double) noise(trialPixels, random).length / trialPixels;
        return noise((int) (targetBytes / bytesPerPixel), random);
    }

    /** A 4:3 frame of about {@code pixels} pixels, JPEG at quality 0.9. */
    private static byte[] noise(int pixels, Random random) {
        int width = (int) Math.sqrt(pixels * 4.0 / 3.0);
        int height = pixels / width;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (x * 255 / width + y * 255 / height) / 2;
                int r = clamp(base + random.nextInt(96) - 48);
                int g = clamp(base / 2 + random.nextInt(96) - 48);
                int b = clamp(255 - base + random.nextInt(96) - 48);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return jpeg(image, 0.9f);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
