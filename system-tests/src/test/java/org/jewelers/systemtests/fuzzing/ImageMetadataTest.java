package org.jewelers.systemtests.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jewelers.systemtests.CompetitionDesk;
import org.jewelers.systemtests.uploads.AttackFiles;
import org.junit.jupiter.api.Test;

/** The public walk's image checker finds what cameras and editors write, and nothing in a clean picture. */
class ImageMetadataTest {

    @Test
    void findsExifXmpAndTheCommentOfAJpeg() {
        List<String> found = ImageMetadata.in(AttackFiles.jpegCarrying("Ines Quartermain", "ines@example.com"));
        assertEquals(List.of("JPEG APP1 (Exif)", "JPEG APP1 (http://ns.adobe.com/xap/1.0/)", "a JPEG comment"), found);
    }

    @Test
    void findsTheTextAndExifChunksOfAPng() {
        List<String> found = ImageMetadata.in(AttackFiles.pngCarrying("Ines Quartermain", "ines@example.com"));
        assertEquals(List.of("PNG tEXt", "PNG iTXt", "PNG eXIf"), found);
    }

    @Test
    void findsNothingInACleanPictureAndReportsWhatItCannotRead() {
        assertTrue(ImageMetadata.in(CompetitionDesk.png(40, 30)).isEmpty());
        assertEquals(List.of("a file that is neither JPEG, PNG nor WebP"), ImageMetadata.in("<svg/>".getBytes()));
    }
}
