package org.jewelers.competition.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes identifying metadata from a PNG by dropping its text and EXIF chunks, copying every other chunk (the
 * header, palette, iCCP colour profile and the compressed image data) unchanged.
 */
final class PngChunks {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Free text (author, copyright, software, comments) and EXIF. */
    private static final Set<String> DROPPED = Set.of("tEXt", "iTXt", "zTXt", "eXIf");

    private PngChunks() {
    }

    static byte[] strip(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw malformed("it does not start with the PNG signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            long length = ((long) (png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            long end = at + 12 + length;
            if (end > png.length) {
                throw malformed("the " + type + " chunk at byte " + at + " runs past the end of the file");
            }
            if (!DROPPED.contains(type)) {
                out.write(png, at, (int) (end - at));
            }
            at = (int) end;
            if (type.equals("IEND")) {
                // Whatever follows the end of the image is no part of it.
                return out.toByteArray();
            }
        }
        throw malformed("it has no IEND chunk");
    }

    private static RuntimeException malformed(String why) {
        return ImageRefused.unprocessable("The PNG file is malformed: " + why);
    }
}
