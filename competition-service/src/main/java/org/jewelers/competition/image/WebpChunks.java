package org.jewelers.competition.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the EXIF and XMP chunks from a WebP's RIFF container, copying the image data and its ICC profile
 * unchanged, clears their flags in the extended header, and writes the container's new size.
 */
final class WebpChunks {

    /** In the VP8X header's flags: EXIF present (bit 3) and XMP present (bit 2). */
    private static final int EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

    private WebpChunks() {
    }

    static byte[] strip(byte[] webp) {
        if (webp.length < 12 || !fourCc(webp, 0).equals("RIFF") || !fourCc(webp, 8).equals("WEBP")) {
            throw malformed("it is not a RIFF WEBP container");
        }
        long declaredEnd = 8 + u32le(webp, 4);
        int end = (int) Math.min(webp.length, declaredEnd);
        ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
        out.write(webp, 0, 12);
        int at = 12;
        while (at + 8 <= end) {
            String chunk = fourCc(webp, at);
            long size = u32le(webp, at + 4);
            long next = at + 8 + size + (size & 1); // chunks are padded to an even size
            if (next > end + (size & 1)) {
                throw malformed("the " + chunk + " chunk at byte " + at + " runs past the end of the file");
            }
            int copied = (int) Math.min(next, end) - at;
            if (chunk.equals("VP8X") && size >= 1) {
                byte[] header = new byte[copied];
                System.arraycopy(webp, at, header, 0, copied);
                header[8] &= (byte) ~EXIF_AND_XMP_FLAGS;
                out.write(header, 0, copied);
            } else if (!chunk.equals("EXIF") && !chunk.equals("XMP ")) {
                out.write(webp, at, copied);
            }
            at = (int) next;
        }
        byte[] cleaned = out.toByteArray();
        long riffSize = cleaned.length - 8L;
        for (int i = 0; i < 4; i++) {
            cleaned[4 + i] = (byte) (riffSize >>> (8 * i));
        }
        return cleaned;
    }

    private static String fourCc(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static long u32le(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | ((bytes[at + 1] & 0xFFL) << 8) | ((bytes[at + 2] & 0xFFL) << 16)
                | ((bytes[at + 3] & 0xFFL) << 24);
    }

    private static RuntimeException malformed(String why) {
        return ImageRefused.unprocessable("The WebP file is malformed: " + why);
    }
}
