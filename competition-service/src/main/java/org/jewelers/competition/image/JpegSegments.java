package org.jewelers.competition.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes identifying metadata from a JPEG by walking its marker segments, without decoding it: the compressed
 * scans are copied byte for byte, so the photo is not recompressed. Kept: the JFIF header, the ICC colour profile
 * (APP2 ICC_PROFILE) and Adobe's APP14, which tells decoders how to convert the colours. Dropped: every other
 * application segment (APP1 EXIF and XMP, APP13 IPTC and Photoshop, maker notes and the like), comments, and
 * anything after the end of the image (where cameras append second pictures and trailers).
 */
final class JpegSegments {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    private JpegSegments() {
    }

    static byte[] strip(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != SOI) {
            throw malformed("it does not start with a JPEG start-of-image marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int at = 2;
        while (at < jpeg.length) {
            if (u8(jpeg, at) != 0xFF || at + 1 >= jpeg.length) {
                throw malformed("a marker was expected at byte " + at);
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) {
                at++; // a fill byte before the marker
                continue;
            }
            if (marker == EOI) {
                out.write(jpeg, at, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(jpeg, at, 2); // markers without a length
                at += 2;
                continue;
            }
            if (at + 4 > jpeg.length) {
                throw malformed("a segment is cut off at byte " + at);
            }
            int length = u16(jpeg, at + 2);
            if (length < 2) {
                throw malformed("a segment at byte " + at + " has a length of " + length + ", less than its own 2 bytes");
            }
            int end = at + 2 + length;
            if (end > jpeg.length) {
                throw malformed("a segment at byte " + at + " runs past the end of the file");
            }
            if (marker == SOS) {
                int scanEnd = scanEnd(jpeg, end);
                out.write(jpeg, at, scanEnd - at);
                at = scanEnd;
            } else {
                if (kept(marker, jpeg, at + 4, end)) {
                    out.write(jpeg, at, end - at);
                }
                at = end;
            }
        }
        // Some encoders leave out the end-of-image marker; decoders accept that, and so does this.
        return out.toByteArray();
    }

    /**
     * Where the entropy-coded data after a scan header ends: at the next marker, which is any 0xFF not followed by
     * a stuffed zero, a restart marker or another fill byte.
     */
    private static int scanEnd(byte[] jpeg, int from) {
        int at = from;
        while (at + 1 < jpeg.length) {
            if (u8(jpeg, at) == 0xFF) {
                int next = u8(jpeg, at + 1);
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return at;
                }
                at += next == 0xFF ? 1 : 2;
            } else {
                at++;
            }
        }
        return jpeg.length;
    }

    private static boolean kept(int marker, byte[] jpeg, int payload, int end) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true; // frame, tables, restart interval: the image itself
        }
        return switch (marker) {
            case APP0 -> startsWith(jpeg, payload, end, "JFIF\0");
            case APP2 -> startsWith(jpeg, payload, end, "ICC_PROFILE\0");
            case APP14 -> startsWith(jpeg, payload, end, "Adobe");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] jpeg, int from, int end, String signature) {
        byte[] expected = signature.getBytes(StandardCharsets.ISO_8859_1);
        return end - from >= expected.length && Arrays.equals(jpeg, from, from + expected.length, expected, 0, expected.length);
    }

    private static int u8(byte[] bytes, int at) {
        return bytes[at] & 0xFF;
    }

    private static int u16(byte[] bytes, int at) {
        return (u8(bytes, at) << 8) | u8(bytes, at + 1);
    }

    private static RuntimeException malformed(String why) {
        return ImageRefused.unprocessable("The JPEG file is malformed: " + why);
    }
}
