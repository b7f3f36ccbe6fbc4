package org.jewelers.competition.image;

import static org.jewelers.competition.image.Malformed.assertRefused;
import static org.jewelers.competition.image.TestImages.bytes;
import static org.jewelers.competition.image.TestImages.concat;
import static org.jewelers.competition.image.TestImages.pngChunk;
import static org.jewelers.competition.image.TestImages.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Walking a PNG's chunks to drop its metadata; starts nothing. Most files are crafted chunk by chunk. */
class PngChunksTest {

    private static final byte[] IHDR = pngChunk("IHDR", bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0));
    private static final byte[] IDAT = pngChunk("IDAT", bytes(0x78, 0x9C, 0x63, 0x60, 0x60, 0x60, 0, 0, 0, 4, 0, 1));
    private static final byte[] IEND = pngChunk("IEND", new byte[0]);
    private static final byte[] TEXT = pngChunk("tEXt", utf8("Author\0" + TestImages.NAME));
    private static final byte[] CLEAN = concat(PngChunks.SIGNATURE, IHDR, IDAT, IEND);

    @Test
    void anEditorsPngLosesEveryNameAndKeepsItsProfileAndPixels() {
        byte[] original = TestImages.pngWithMetadata();

        byte[] stripped = PngChunks.strip(original);

        assertTrue(TestImages.contains(original, TestImages.NAME));
        assertFalse(TestImages.contains(stripped, TestImages.NAME));
        assertTrue(TestImages.contains(stripped, "iCCP"));
        assertEquals(new RasterImage.Size(400, 300), new RasterImage(ImageFormat.PNG, stripped).size());
    }

    @Test
    void aPngWithNothingToDropIsCopiedUnchanged() {
        assertArrayEquals(CLEAN, PngChunks.strip(CLEAN));
        byte[] encoded = TestImages.png(16, 9);
        assertArrayEquals(encoded, PngChunks.strip(encoded));
    }

    @Test
    void textAndExifChunksAreDroppedWhereverTheyAreAndEveryOtherChunkIsKept() {
        byte[] itxt = pngChunk("iTXt", utf8("Copyright\0\0\0\0\0" + TestImages.NAME));
        byte[] ztxt = pngChunk("zTXt", utf8("Comment\0\0xyz"));
        byte[] exif = pngChunk("eXIf", utf8("MM\0*" + TestImages.NAME));
        byte[] physical = pngChunk("pHYs", bytes(0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1));
        byte[] gamma = pngChunk("gAMA", bytes(0, 0, 0xB1, 0x8F));
        byte[] secondIdat = pngChunk("IDAT", bytes(1, 2, 3));

        byte[] stripped = PngChunks.strip(concat(PngChunks.SIGNATURE, IHDR, TEXT, gamma, itxt, physical, IDAT, ztxt,
                secondIdat, exif, IEND));

        assertArrayEquals(concat(PngChunks.SIGNATURE, IHDR, gamma, physical, IDAT, secondIdat, IEND), stripped);
    }

    @Test
    void whatFollowsTheEndChunkIsDropped() {
        byte[] appended = concat(TEXT, utf8("trailing " + TestImages.NAME));

        assertArrayEquals(CLEAN, PngChunks.strip(concat(CLEAN, appended)));
    }

    @Test
    void aFileWithoutThePngSignatureIsRefused() {
        assertRefused(() -> PngChunks.strip(new byte[0]), "PNG", "signature");
        assertRefused(() -> PngChunks.strip(Arrays.copyOf(PngChunks.SIGNATURE, 7)), "PNG", "signature");
        assertRefused(() -> PngChunks.strip(TestImages.jpeg(2, 2)), "PNG", "signature");
        byte[] damaged = CLEAN.clone();
        damaged[1] = 'Q';
        assertRefused(() -> PngChunks.strip(damaged), "PNG", "signature");
    }

    @Test
    void aFileThatEndsWithoutTheEndChunkIsRefused() {
        assertRefused(() -> PngChunks.strip(concat(PngChunks.SIGNATURE, IHDR, IDAT)), "PNG", "it has no IEND chunk");
        assertRefused(() -> PngChunks.strip(PngChunks.SIGNATURE), "PNG", "it has no IEND chunk");
    }

    @Test
    void aFileCutOffInAChunksHeaderIsRefused() {
        byte[] cut = Arrays.copyOf(CLEAN, CLEAN.length - 5);

        assertRefused(() -> PngChunks.strip(cut), "PNG", "it has no IEND chunk");
    }

    @Test
    void aChunkLongerThanTheFileIsRefused() {
        byte[] cut = Arrays.copyOf(CLEAN, PngChunks.SIGNATURE.length + IHDR.length + IDAT.length - 1);

        assertRefused(() -> PngChunks.strip(cut), "PNG", "the IDAT chunk at byte 33 runs past the end of the file");
    }

    @Test
    void aLengthBeyondTwoGigabytesIsReadUnsignedAndRefused() {
        byte[] huge = concat(bytes(0xFF, 0xFF, 0xFF, 0xF0), utf8("tEXt"), new byte[8]);

        assertRefused(() -> PngChunks.strip(concat(PngChunks.SIGNATURE, IHDR, huge, IEND)), "PNG",
                "the tEXt chunk at byte 33 runs past the end of the file");
    }

    @Test
    void aChunkShorterThanItsContentMakesTheRestUnreadableAndIsRefused() {
        byte[] understated = concat(bytes(0, 0, 0, 2), Arrays.copyOfRange(TEXT, 4, TEXT.length));

        assertRefused(() -> PngChunks.strip(concat(PngChunks.SIGNATURE, IHDR, understated, IDAT, IEND)), "PNG",
                "runs past the end of the file");
    }
}
