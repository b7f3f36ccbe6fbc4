package org.jewelers.systemtests.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The metadata blocks an image file carries, read from its structure rather than searched for as bytes: JPEG APP1
 * segments (EXIF, XMP) and comments, PNG text and EXIF chunks, WebP EXIF and XMP chunks. A file whose structure
 * cannot be read is reported too, since nothing could then be said of it.
 */
final class ImageMetadata {

    private static final Set<String> PNG_METADATA = Set.of("tEXt", "iTXt", "zTXt", "eXIf");
    private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

    private ImageMetadata() {
    }

    /** Each metadata block found, named; empty for a clean file. */
    static List<String> in(byte[] file) {
        if (file.length > 3 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xD8) {
            return jpeg(file);
        }
        if (file.length > 8 && ascii(file, 1, 3).equals("PNG")) {
            return png(file);
        }
        if (file.length > 12 && ascii(file, 0, 4).equals("RIFF") && ascii(file, 8, 4).equals("WEBP")) {
            return webp(file);
        }
        return List.of("a file that is neither JPEG, PNG nor WebP");
    }

    private static List<String> jpeg(byte[] file) {
        List<String> found = new ArrayList<>();
        int at = 2;
        while (at + 4 <= file.length) {
            if ((file[at] & 0xFF) != 0xFF) {
                found.add("a JPEG segment that does not start with a marker at " + at);
                return found;
            }
            int marker = file[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return found;
            }
            int length = (file[at + 2] & 0xFF) << 8 | (file[at + 3] & 0xFF);
            if (marker == 0xE1) {
                found.add("JPEG APP1 (" + ascii(file, at + 4, Math.min(28, Math.max(0, length - 2))).split("\0")[0] + ")");
            } else if (marker == 0xFE) {
                found.add("a JPEG comment");
            }
            at += 2 + length;
        }
        return found;
    }

    private static List<String> png(byte[] file) {
        List<String> found = new ArrayList<>();
        int at = 8;
        while (at + 8 <= file.length) {
            long length = (file[at] & 0xFFL) << 24 | (file[at + 1] & 0xFF) << 16 | (file[at + 2] & 0xFF) << 8 | (file[at + 3] & 0xFF);
            String type = ascii(file, at + 4, 4);
            if (PNG_METADATA.contains(type)) {
                found.add("PNG " + type);
            }
            if (type.equals("IEND")) {
                return found;
            }
            at += (int) (12 + length);
        }
        return found;
    }

    private static List<String> webp(byte[] file) {
        List<String> found = new ArrayList<>();
        int at = 12;
        while (at + 8 <= file.length) {
            String type = ascii(file, at, 4);
            int length = (file[at + 4] & 0xFF) | (file[at + 5] & 0xFF) << 8 | (file[at + 6] & 0xFF) << 16 | (file[at + 7] & 0xFF) << 24;
            if (WEBP_METADATA.contains(type)) {
                found.add("WebP " + type.strip());
            }
            at += 8 + length + (length & 1);
        }
        return found;
    }

    private static String ascii(byte[] file, int from, int length) {
        int end = Math.min(file.length, from + length);
        return from >= end ? "" : new String(file, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
