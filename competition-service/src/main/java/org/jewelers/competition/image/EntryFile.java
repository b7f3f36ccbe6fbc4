package org.jewelers.competition.image;

import java.util.function.UnaryOperator;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * An uploaded file made fit to store: its format recognised from its bytes, its pixel count checked from the
 * header before any decoding, its identifying metadata removed without recompressing it, and a thumbnail made from
 * the cleaned file.
 *
 * @param width  in pixels; null for a PDF
 * @param height in pixels; null for a PDF
 * @param sha256 of {@code content}, the bytes stored, in lowercase hex
 */
public record EntryFile(ImageFormat format, Integer width, Integer height, byte[] content, String sha256,
                        byte[] thumbnail) {

    /** 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Refuses a file over {@link #MAX_BYTES} (413), before it is read. */
    public static void requireWithinLimit(long bytes) {
        if (bytes > MAX_BYTES) {
            throw ImageRefused.tooLarge(bytes);
        }
    }

    /** A photo of a person: JPEG, PNG or WebP, cleaned as {@link #of} cleans any file; a PDF is refused (415). */
    public static EntryFile photo(byte[] upload) {
        ImageFormat format = format(upload);
        if (format == ImageFormat.PDF) {
            throw ImageRefused.notAPhoto();
        }
        return raster(format, upload);
    }

    /** Any accepted file; a PDF is rebuilt and rendered by {@code pdfs}, within its limits. */
    public static EntryFile of(byte[] upload, PdfIntake pdfs) {
        ImageFormat format = format(upload);
        if (format != ImageFormat.PDF) {
            return raster(format, upload);
        }
        PdfFile pdf = pdfs.clean(upload);
        return new EntryFile(format, null, null, pdf.content, DigestUtils.sha256Hex(pdf.content), pdf.thumbnail);
    }

    private static ImageFormat format(byte[] upload) {
        requireWithinLimit(upload.length);
        String detected = ImageFormat.detect(upload);
        return ImageFormat.ofMediaType(detected).orElseThrow(() -> ImageRefused.unsupported(detected));
    }

    private static EntryFile raster(ImageFormat format, byte[] upload) {
        return switch (format) {
            case JPEG -> raster(format, upload, JpegSegments::strip);
            case PNG -> raster(format, upload, PngChunks::strip);
            case WEBP -> raster(format, upload, WebpChunks::strip);
            case PDF -> throw new IllegalArgumentException("a PDF is not a raster image");
        };
    }

    private static EntryFile raster(ImageFormat format, byte[] upload, UnaryOperator<byte[]> strip) {
        RasterImage.Size size = new RasterImage(format, upload).size();
        PixelLimits.check(size.width(), size.height());
        byte[] content = strip.apply(upload);
        byte[] thumbnail = new RasterImage(format, content).thumbnail(size);
        return new EntryFile(format, size.width(), size.height(), content, DigestUtils.sha256Hex(content), thumbnail);
    }
}
