package org.jewelers.competition.image;

import static org.jewelers.competition.image.Malformed.assertRefused;
import static org.jewelers.competition.image.TestImages.bytes;
import static org.jewelers.competition.image.TestImages.concat;
import static org.jewelers.competition.image.TestImages.le32;
import static org.jewelers.competition.image.TestImages.riffChunk;
import static org.jewelers.competition.image.TestImages.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Walking a WebP's RIFF chunks to drop its metadata; starts nothing. Most files are crafted chunk by chunk. */
class WebpChunksTest {

    /** In the extended header's flags: ICC profile, alpha, EXIF, XMP. */
    private static final int ICC = 0x20;
    private static final int ALPHA = 0x10;
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private static final byte[] VP8 = riffChunk("VP8 ", bytes(0x30, 1, 0, 0x9D, 1, 0x2A, 1, 0, 1, 0));
    private static final byte[] ICCP = riffChunk("ICCP", utf8("profile"));
    /** Of an odd size (29 bytes), so followed by a padding byte. */
    private static final byte[] EXIF = riffChunk("EXIF", utf8("MM\0*" + TestImages.NAME));
    private static final byte[] XMP = riffChunk("XMP ", utf8("<x:xmpmeta>" + TestImages.NAME + "</x:xmpmeta>"));

    @Test
    void aWebpWithMetadataLosesEveryNameAndItsFlagsAndKeepsItsProfile() {
        byte[] original = TestImages.webpWithMetadata();

        byte[] stripped = WebpChunks.strip(original);

        assertTrue(TestImages.contains(original, TestImages.NAME));
        assertFalse(TestImages.contains(stripped, TestImages.NAME));
        assertFalse(TestImages.contains(stripped, "EXIF"));
        assertFalse(TestImages.contains(stripped, "XMP "));
        assertTrue(TestImages.contains(stripped, "ICCP"));
        assertEquals(ICC, stripped[20]);
        assertEquals(stripped.length - 8, u32le(stripped, 4));
        assertEquals(new RasterImage.Size(1, 1), new RasterImage(ImageFormat.WEBP, stripped).size());
    }

    @Test
    void aSimpleWebpIsCopiedUnchanged() {
        byte[] simple = riff(VP8);

        assertArrayEquals(simple, WebpChunks.strip(simple));
    }

    @Test
    void exifAndXmpGoWithTheirPaddingTheirFlagsAreClearedAndEveryOtherChunkIsKept() {
        byte[] alpha = riffChunk("ALPH", bytes(0, 1, 2));
        byte[] other = riffChunk("ABCD", bytes(7, 7));

        byte[] stripped = WebpChunks.strip(riff(vp8x(ICC | ALPHA | EXIF_FLAG | XMP_FLAG), ICCP, EXIF, alpha, VP8, XMP,
                other));

        assertArrayEquals(riff(vp8x(ICC | ALPHA), ICCP, alpha, VP8, other), stripped);
    }

    @Test
    void theReservedAndAnimationFlagsAreLeftAsTheyWere() {
        byte[] stripped = WebpChunks.strip(riff(vp8x(0xFF), VP8));

        assertEquals((byte) (0xFF & ~(EXIF_FLAG | XMP_FLAG)), stripped[20]);
    }

    @Test
    void anEmptyExtendedHeaderIsCopiedAsItIs() {
        byte[] empty = riff(riffChunk("VP8X", new byte[0]), VP8);

        assertArrayEquals(empty, WebpChunks.strip(empty));
    }

    @Test
    void bytesAfterTheContainersDeclaredEndAreDropped() {
        byte[] webp = riff(vp8x(ICC), ICCP, VP8);

        assertArrayEquals(webp, WebpChunks.strip(concat(webp, utf8("trailer " + TestImages.NAME))));
    }

    @Test
    void chunksPastAnUnderstatedContainerSizeAreNoPartOfIt() {
        byte[] header = vp8x(0);
        byte[] understated = concat(utf8("RIFF"), le32(4 + header.length), utf8("WEBP"), header, VP8, EXIF);

        assertArrayEquals(riff(header), WebpChunks.strip(understated));
    }

    @Test
    void aContainerCutOffBetweenChunksIsTakenWithItsSizeCorrected() {
        byte[] whole = riff(vp8x(EXIF_FLAG), VP8, EXIF);
        byte[] cut = Arrays.copyOf(whole, whole.length - EXIF.length);

        assertArrayEquals(riff(vp8x(0), VP8), WebpChunks.strip(cut));
    }

    @Test
    void strayBytesTooFewForAChunkHeaderAreDropped() {
        byte[] webp = riff(VP8);

        assertArrayEquals(webp, WebpChunks.strip(riffOf(concat(VP8, bytes(1, 2, 3)))));
    }

    @Test
    void aLastChunkWithoutItsPaddingByteIsTakenAsItIs() {
        byte[] odd = riffChunk("VP8 ", bytes(0x30, 1, 0, 0x9D, 1, 0x2A, 1));
        byte[] unpadded = riffOf(Arrays.copyOf(odd, odd.length - 1));

        assertArrayEquals(unpadded, WebpChunks.strip(unpadded));
    }

    @Test
    void aFileThatIsNotARiffWebpIsRefused() {
        assertRefused(() -> WebpChunks.strip(new byte[0]), "WebP", "it is not a RIFF WEBP container");
        assertRefused(() -> WebpChunks.strip(Arrays.copyOf(riff(VP8), 11)), "WebP", "it is not a RIFF WEBP container");
        byte[] wave = riff(VP8);
        wave[8] = 'W';
        wave[9] = 'A';
        wave[10] = 'V';
        wave[11] = 'E';
        assertRefused(() -> WebpChunks.strip(wave), "WebP", "it is not a RIFF WEBP container");
        byte[] bigEndian = riff(VP8);
        bigEndian[3] = 'X';
        assertRefused(() -> WebpChunks.strip(bigEndian), "WebP", "it is not a RIFF WEBP container");
        assertRefused(() -> WebpChunks.strip(TestImages.png(2, 2)), "WebP", "it is not a RIFF WEBP container");
    }

    @Test
    void aFileCutOffInsideAChunkIsRefused() {
        byte[] whole = riff(vp8x(0), VP8);

        assertRefused(() -> WebpChunks.strip(Arrays.copyOf(whole, whole.length - 3)), "WebP",
                "the VP8  chunk at byte 30 runs past the end of the file");
    }

    @Test
    void aChunkLongerThanTheContainerIsRefused() {
        byte[] lying = concat(utf8("EXIF"), le32(1_000), utf8(TestImages.NAME));

        assertRefused(() -> WebpChunks.strip(riffOf(concat(VP8, lying))), "WebP",
                "the EXIF chunk at byte 30 runs past the end of the file");
    }

    @Test
    void aChunkSizeBeyondTwoGigabytesIsReadUnsignedAndRefused() {
        byte[] huge = concat(utf8("VP8 "), bytes(0xF0, 0xFF, 0xFF, 0xFF), new byte[16]);

        assertRefused(() -> WebpChunks.strip(riffOf(huge)), "WebP", "the VP8  chunk at byte 12 runs past the end");
    }

    /** An extended header with these flags and a 1 × 1 canvas. */
    private static byte[] vp8x(int flags) {
        return riffChunk("VP8X", bytes(flags, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static byte[] riff(byte[]... chunks) {
        return riffOf(concat(chunks));
    }

    private static byte[] riffOf(byte[] chunks) {
        return concat(utf8("RIFF"), le32(4 + chunks.length), utf8("WEBP"), chunks);
    }

    private static long u32le(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
                | (bytes[at + 3] & 0xFFL) << 24;
    }
}
