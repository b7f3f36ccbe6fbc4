package org.jewelers.systemtests.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF carries, read as a viewer reads it rather than byte by byte (its streams are compressed): every object
 * of the file, every stream decoded, and the EXIF and XMP of the JPEGs inside. A finding is a mention of any of the
 * {@code needles}, or an entry that identifies, acts or carries files.
 */
final class PdfContents {

    private static final Set<String> IDENTIFYING_OR_ACTIVE = Set.of("Info", "Metadata", "PieceInfo", "T", "A", "AA",
            "OpenAction", "JS", "JavaScript", "EmbeddedFiles", "EF", "AF", "XFA", "AcroForm", "Annots", "Outlines",
            "Names", "Launch", "URI");

    private final List<String> needles;
    private final List<String> findings = new ArrayList<>();
    private final Map<COSBase, Boolean> seen = new IdentityHashMap<>();

    private PdfContents(List<String> needles) {
        this.needles = needles;
    }

    /** What of the person, or of anything active, the PDF carries; empty when nothing. */
    static List<String> findings(byte[] pdf, List<String> needles) {
        PdfContents contents = new PdfContents(needles);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            contents.visit("the trailer", document.getDocument().getTrailer());
            for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
                contents.visit("object " + entry.getKey(),
                        document.getDocument().getObjectFromPool(entry.getKey()).getObject());
            }
        } catch (IOException e) {
            contents.findings.add("it cannot be read as a PDF: " + e.getMessage());
        }
        return contents.findings;
    }

    private void visit(String where, COSBase value) {
        COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
        if (object == null || seen.put(object, true) != null) {
            return;
        }
        if (object instanceof COSString string) {
            mentions(where, string.getString());
        } else if (object instanceof COSName name) {
            mentions(where, name.getName());
        } else if (object instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                visit(where, array.get(i));
            }
        } else if (object instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                String key = entry.getKey().getName();
                if (IDENTIFYING_OR_ACTIVE.contains(key)) {
                    findings.add(where + " has /" + key);
                }
                mentions(where, key);
                visit(where + " /" + key, entry.getValue());
            }
            if (object instanceof COSStream stream) {
                inspect(where, stream);
            }
        }
    }

    private void inspect(String where, COSStream stream) {
        try {
            if (isJpeg(stream)) {
                String jpeg = read(stream.createRawInputStream());
                mentions(where + " (its JPEG)", jpeg);
                if (jpeg.contains("Exif\0")) {
                    findings.add(where + " is a JPEG with EXIF");
                }
                if (jpeg.contains("http://ns.adobe.com/xap/1.0/")) {
                    findings.add(where + " is a JPEG with XMP");
                }
            } else {
                mentions(where + " (decoded)", read(stream.createInputStream()));
            }
        } catch (IOException e) {
            findings.add(where + " cannot be decoded: " + e.getMessage());
        }
    }

    private static boolean isJpeg(COSStream stream) {
        COSBase filter = stream.getFilters();
        return COSName.DCT_DECODE.equals(filter)
                || filter instanceof COSArray filters && filters.size() > 0
                && COSName.DCT_DECODE.equals(filters.getObject(filters.size() - 1));
    }

    private void mentions(String where, String text) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                findings.add(where + " mentions " + needle);
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
