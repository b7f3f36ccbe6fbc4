package org.jewelers.competition.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** A JPEG, PNG or WebP: its declared size, and a thumbnail decoded at no more resolution than it needs. */
final class RasterImage {

    private final ImageFormat format;
    private final byte[] bytes;

    RasterImage(ImageFormat format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes;
    }

    /** Width and height from the header only: the readers parse up to the frame header and decode nothing. */
    Size size() {
        ImageReader reader = reader();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw ImageRefused.unprocessable("The " + format + " image's header cannot be read: " + e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes every n-th pixel of every n-th row, enough for a sharp thumbnail, so a large photo never takes its
     * full size in memory. Call only after {@link PixelLimits#check}.
     */
    byte[] thumbnail(Size size) {
        ImageReader reader = reader();
        List<String> warnings = new ArrayList<>();
        BufferedImage image;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(size.width(), size.height()) / (2 * Thumbnail.SIZE));
            param.setSourceSubsampling(step, step, 0, 0);
            image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw ImageRefused.unprocessable("The " + format + " image cannot be decoded: " + e.getMessage());
        } finally {
            reader.dispose();
        }
        requireWhole(warnings);
        return Thumbnail.of(image);
    }

    /**
     * The JPEG decoder fills the rows of a file cut off in its image data with grey and only warns; such a file would
     * be stored half blank. A file that merely lacks the end-of-image marker after complete data is still taken, as
     * some encoders write it.
     */
    private void requireWhole(List<String> warnings) {
        warnings.stream().filter(warning -> warning.toLowerCase(Locale.ROOT).contains("premature end")).findFirst()
                .ifPresent(warning -> {
                    throw ImageRefused.unprocessable("The " + format + " image's data is cut off: " + warning);
                });
    }

    /**
     * The reader by format, not by ImageIO's plugin lookup: ImageIO registers plugins once per JVM from the class
     * loader of the moment, which under Quarkus need not see TwelveMonkeys' WebP plugin.
     */
    private ImageReader reader() {
        return switch (format) {
            case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
            case PNG -> ImageIO.getImageReadersByFormatName("png").next();
            case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
            case PDF -> throw new IllegalArgumentException("a PDF is not a raster image");
        };
    }

    record Size(int width, int height) {
    }
}
