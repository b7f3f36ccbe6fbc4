package org.jewelers.competition.image;

import static org.jewelers.competition.image.Malformed.assertRefused;
import static org.jewelers.competition.image.TestImages.bytes;
import static org.jewelers.competition.image.TestImages.concat;
import static org.jewelers.competition.image.TestImages.jpegSegment;
import static org.jewelers.competition.image.TestImages.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Walking a JPEG's marker segments to drop its metadata; starts nothing. Most files are crafted byte by byte. */
class JpegSegmentsTest {

    private static final byte[] SOI = bytes(0xFF, 0xD8);
    private static final byte[] EOI = bytes(0xFF, 0xD9);
    private static final byte[] JFIF = jpegSegment(0xE0, concat(utf8("JFIF\0"), bytes(1, 2, 0, 0, 1, 0, 1, 0, 0)));
    private static final byte[] DQT = jpegSegment(0xDB, bytes(0, 16, 11, 12));
    private static final byte[] SOF0 = jpegSegment(0xC0, bytes(8, 0, 1, 0, 1, 1, 1, 0x11, 0));
    private static final byte[] DHT = jpegSegment(0xC4, bytes(0, 0, 1, 5));
    private static final byte[] SOS = jpegSegment(0xDA, bytes(1, 1, 0, 0, 0x3F, 0));
    private static final byte[] SCAN = bytes(0x12, 0x34, 0x56);
    private static final byte[] EXIF = jpegSegment(0xE1, concat(utf8("Exif\0\0"), utf8("Artist " + TestImages.NAME)));
    private static final byte[] COMMENT = jpegSegment(0xFE, utf8("Photo by " + TestImages.NAME));

    /** A small JPEG with nothing to drop. */
    private static final byte[] CLEAN = concat(SOI, JFIF, DQT, SOF0, DHT, SOS, SCAN, EOI);

    @Test
    void aCameraJpegLosesEveryNameAndKeepsItsProfileAndItsScanByteForByte() {
        byte[] original = TestImages.jpegWithMetadata();

        byte[] stripped = JpegSegments.strip(original);

        assertTrue(TestImages.contains(original, TestImages.NAME));
        assertFalse(TestImages.contains(stripped, TestImages.NAME));
        assertTrue(TestImages.contains(stripped, "ICC_PROFILE"));
        assertArrayEquals(TestImages.scanData(original), TestImages.scanData(stripped));
        assertEquals(new RasterImage.Size(640, 480), new RasterImage(ImageFormat.JPEG, stripped).size());
    }

    @Test
    void aJpegWithNothingToDropIsCopiedUnchanged() {
        assertArrayEquals(CLEAN, JpegSegments.strip(CLEAN));
        byte[] encoded = TestImages.jpeg(32, 24);
        assertArrayEquals(encoded, JpegSegments.strip(encoded));
    }

    @Test
    void theSmallestJpegIsStartAndEnd() {
        assertArrayEquals(concat(SOI, EOI), JpegSegments.strip(concat(SOI, EOI)));
    }

    @Test
    void onlyTheJfifHeaderTheColourProfileAndAdobesColourTransformAreKeptOfTheApplicationSegments() {
        byte[] icc = jpegSegment(0xE2, concat(utf8("ICC_PROFILE\0"), bytes(1, 1, 9, 9)));
        byte[] adobe = jpegSegment(0xEE, concat(utf8("Adobe"), bytes(0, 100, 0, 0, 0, 0, 1)));
        byte[] thumbnail = jpegSegment(0xE0, concat(utf8("JFXX\0"), bytes(0x10, 1, 2)));
        byte[] xmp = jpegSegment(0xE1, utf8("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));
        byte[] multiPicture = jpegSegment(0xE2, concat(utf8("MPF\0"), bytes(1, 2, 3)));
        byte[] iptc = jpegSegment(0xED, utf8("Photoshop 3.0\0" + TestImages.NAME));
        byte[] app15 = jpegSegment(0xEF, utf8("anything"));
        byte[] restartInterval = jpegSegment(0xDD, bytes(0, 4));

        byte[] stripped = JpegSegments.strip(concat(SOI, JFIF, thumbnail, EXIF, xmp, icc, multiPicture, iptc, adobe,
                app15, COMMENT, DQT, restartInterval, SOF0, DHT, SOS, SCAN, EOI));

        assertArrayEquals(concat(SOI, JFIF, icc, adobe, DQT, restartInterval, SOF0, DHT, SOS, SCAN, EOI), stripped);
    }

    @Test
    void anApplicationSegmentShorterThanTheSignatureItIsCheckedForIsDropped() {
        byte[] shortIcc = jpegSegment(0xE2, utf8("ICC"));
        byte[] emptyApp0 = jpegSegment(0xE0, new byte[0]);

        assertArrayEquals(CLEAN, JpegSegments.strip(concat(SOI, emptyApp0, JFIF, shortIcc, DQT, SOF0, DHT, SOS,
                SCAN, EOI)));
    }

    @Test
    void theScanIsCopiedThroughStuffedBytesRestartMarkersAndFillBytes() {
        byte[] scan = bytes(0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF, 0xD1, 0x78, 0xFF, 0x00);
        byte[] jpeg = concat(SOI, JFIF, DQT, SOF0, DHT, SOS, scan, EOI);

        assertArrayEquals(jpeg, JpegSegments.strip(jpeg));
    }

    @Test
    void metadataBetweenTheScansOfAProgressiveJpegIsDroppedAndEveryScanKept() {
        byte[] secondScan = bytes(0x9A, 0xFF, 0x00, 0xBC);

        byte[] stripped = JpegSegments.strip(concat(SOI, JFIF, DQT, SOF0, DHT, SOS, SCAN, COMMENT, DHT, SOS,
                secondScan, EXIF, SOS, SCAN, EOI));

        assertArrayEquals(concat(SOI, JFIF, DQT, SOF0, DHT, SOS, SCAN, DHT, SOS, secondScan, SOS, SCAN, EOI),
                stripped);
    }

    @Test
    void whatFollowsTheEndOfTheImageIsDropped() {
        byte[] secondPicture = concat(SOI, EXIF, DQT, SOF0, SOS, SCAN, EOI);
        byte[] trailer = utf8("Samsung trailer " + TestImages.NAME);

        assertArrayEquals(CLEAN, JpegSegments.strip(concat(CLEAN, secondPicture, trailer)));
    }

    @Test
    void aJpegWithoutItsEndMarkerIsTakenAsItIs() {
        byte[] unended = concat(SOI, JFIF, DQT, SOF0, DHT, SOS, SCAN);

        assertArrayEquals(unended, JpegSegments.strip(concat(SOI, JFIF, EXIF, DQT, SOF0, DHT, SOS, SCAN)));
    }

    @Test
    void aScanHeaderThatEndsTheFileIsTakenAsItIs() {
        byte[] headerOnly = concat(SOI, JFIF, DQT, SOF0, DHT, SOS);

        assertArrayEquals(headerOnly, JpegSegments.strip(headerOnly));
    }

    @Test
    void fillBytesBeforeAMarkerAreDropped() {
        byte[] filled = concat(SOI, bytes(0xFF, 0xFF), JFIF, bytes(0xFF), DQT, SOF0, DHT, SOS, SCAN, bytes(0xFF), EOI);

        byte[] stripped = JpegSegments.strip(filled);

        assertArrayEquals(concat(SOI, JFIF, DQT, SOF0, DHT, SOS, SCAN, bytes(0xFF), EOI), stripped);
    }

    @Test
    void markersWithoutALengthAreCopied() {
        byte[] temporary = bytes(0xFF, 0x01);
        byte[] jpeg = concat(SOI, JFIF, temporary, DQT, SOF0, DHT, SOS, SCAN, EOI);

        assertArrayEquals(jpeg, JpegSegments.strip(jpeg));
    }

    @Test
    void aFileThatDoesNotStartWithTheStartOfImageIsRefused() {
        assertRefused(() -> JpegSegments.strip(new byte[0]), "JPEG", "start-of-image");
        assertRefused(() -> JpegSegments.strip(bytes(0xFF, 0xD8, 0xFF)), "JPEG", "start-of-image");
        assertRefused(() -> JpegSegments.strip(TestImages.png(2, 2)), "JPEG", "start-of-image");
        assertRefused(() -> JpegSegments.strip(concat(bytes(0), CLEAN)), "JPEG", "start-of-image");
    }

    @Test
    void aSegmentLongerThanTheFileIsRefused() {
        byte[] lying = concat(bytes(0xFF, 0xE1, 0x40, 0x00), utf8("Exif\0\0"));

        assertRefused(() -> JpegSegments.strip(concat(SOI, JFIF, lying)), "JPEG", "runs past the end of the file");
    }

    @Test
    void aFileCutOffInTheMiddleOfASegmentIsRefused() {
        byte[] cut = Arrays.copyOf(CLEAN, SOI.length + JFIF.length + 5);

        assertRefused(() -> JpegSegments.strip(cut), "JPEG", "runs past the end of the file");
    }

    @Test
    void aFileCutOffInASegmentsLengthIsRefused() {
        assertRefused(() -> JpegSegments.strip(concat(SOI, JFIF, bytes(0xFF, 0xE1, 0x00))), "JPEG",
                "a segment is cut off at byte 20");
    }

    @Test
    void aLengthTooSmallToCountItselfIsRefused() {
        assertRefused(() -> JpegSegments.strip(concat(SOI, bytes(0xFF, 0xE1, 0x00, 0x01), CLEAN)), "JPEG",
                "a segment at byte 2 has a length of 1, less than its own 2 bytes");
        assertRefused(() -> JpegSegments.strip(concat(SOI, bytes(0xFF, 0xE1, 0x00, 0x00), CLEAN)), "JPEG",
                "a segment at byte 2 has a length of 0");
    }

    @Test
    void aSegmentShorterThanItsContentLeavesNoMarkerWhereOneMustBeAndIsRefused() {
        byte[] understated = concat(bytes(0xFF, 0xE1, 0x00, 0x04), utf8("Exif\0\0" + TestImages.NAME));

        assertRefused(() -> JpegSegments.strip(concat(SOI, understated, DQT, SOF0, SOS, SCAN, EOI)), "JPEG",
                "a marker was expected at byte 8");
    }

    @Test
    void aFileEndingInAMarkersFirstByteIsRefused() {
        assertRefused(() -> JpegSegments.strip(concat(SOI, JFIF, bytes(0xFF))), "JPEG", "a marker was expected at byte 20");
    }
}
