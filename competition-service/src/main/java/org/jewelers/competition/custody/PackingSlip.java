package org.jewelers.competition.custody;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.edition.CustodyTerms;
import org.jewelers.competition.entry.Entry;

/**
 * The sheet an entrant puts in the box with their piece: what the piece is, where it goes, and a QR code of the
 * piece's scan code, so that staff record its arrival by scanning the sheet and nothing else. One US Letter page
 * drawn with PDFBox; the QR code is drawn as vector squares, so it prints sharp at any size.
 */
@ApplicationScoped
class PackingSlip {

    static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 54;
    private static final float QR_MODULE = 4;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final String association;
    private final String associationAddress;

    PackingSlip(@ConfigProperty(name = "competition.notices.association-name") String association,
                @ConfigProperty(name = "competition.notices.association-address") String associationAddress) {
        this.association = association;
        this.associationAddress = associationAddress;
    }

    byte[] of(Piece piece, Entry entry) {
        CustodyTerms terms = entry.edition.custody == null ? new CustodyTerms() : entry.edition.custody;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, page.getMediaBox().getHeight() - MARGIN, width);
                writer.line(BOLD, 18, "Packing slip: finalist piece");
                writer.line(REGULAR, 11, association + ", " + entry.edition.title);
                writer.gap(12);
                float qrTop = writer.y;
                drawQr(content, piece.scanCode, MARGIN + width - qrSide(piece.scanCode), qrTop);
                Writer left = new Writer(content, qrTop, width - qrSide(piece.scanCode) - 18);
                left.field("Piece", entry.title);
                left.field("Category", category(entry));
                left.field("Entrant", entry.ownerName == null ? "(not given)" : entry.ownerName);
                left.field("Entry", entry.id.toString());
                left.field("Code", grouped(piece.scanCode));
                writer.y = Math.min(left.y, qrTop - qrSide(piece.scanCode)) - 12;
                writer.field("Ship to", terms.shipTo == null ? association + ", " + associationAddress : terms.shipTo);
                if (terms.shipBy != null) {
                    writer.field("Ship by", terms.shipBy.format(
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US)));
                }
                writer.gap(12);
                writer.paragraph("Put this sheet in the box with the piece. Insure the shipment, and declare its "
                        + "carrier, tracking number and value on your entry's custody page when you send it.");
                writer.paragraph("For the association's staff: scan the QR code on arrival to record the receipt of "
                        + "this piece; add its condition, photos and storage place afterwards.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A packing slip is written to memory", e);
        }
    }

    /** A slip as a download, kept by nobody but its reader's browser: it carries the piece's code. */
    static Response answer(byte[] slip) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(slip, MEDIA_TYPE).cacheControl(cache)
                .header("Content-Disposition", "attachment; filename=\"packing-slip.pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String category(Entry entry) {
        return entry.edition.categories.stream().filter(category -> category.code.equals(entry.category))
                .map(category -> category.name).findFirst().orElse(entry.category);
    }

    /** The code in groups of four, for a person to read out or type when a scanner fails. */
    private static String grouped(String code) {
        return String.join(" ", code.split("(?<=\\G.{4})"));
    }

    private static BitMatrix qr(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("32 hex digits always fit a QR code", e);
        }
    }

    private static float qrSide(String code) {
        return qr(code).getWidth() * QR_MODULE;
    }

    /** The QR code with its top right corner at ({@code right}, {@code top}), its quiet zone included. */
    private static void drawQr(PDPageContentStream content, String code, float left, float top) throws IOException {
        BitMatrix matrix = qr(code);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    content.addRect(left + x * QR_MODULE, top - (y + 1) * QR_MODULE, QR_MODULE, QR_MODULE);
                }
            }
        }
        content.fill();
    }

    /**
     * Writes lines downwards from a top edge, wrapped to a width. The standard fonts carry Latin-1 and a few more
     * signs (WinAnsi); any other character is written as '?', since a slip must be produced for every entry.
     */
    private static final class Writer {

        private final PDPageContentStream content;
        private final float width;
        private float y;

        Writer(PDPageContentStream content, float top, float width) {
            this.content = content;
            this.y = top;
            this.width = width;
        }

        void field(String label, String value) throws IOException {
            line(BOLD, 9, label.toUpperCase(Locale.ROOT));
            for (String line : wrap(REGULAR, 12, value)) {
                line(REGULAR, 12, line);
            }
            gap(6);
        }

        void paragraph(String text) throws IOException {
            for (String line : wrap(REGULAR, 10, text)) {
                line(REGULAR, 10, line);
            }
            gap(6);
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            y -= size * 1.3f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(text));
            content.endText();
        }

        void gap(float points) {
            y -= points;
        }

        private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : words(font, size, printable(text))) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text's words, a word wider than the line cut into pieces that fit. */
        private List<String> words(PDType1Font font, float size, String text) throws IOException {
            List<String> words = new ArrayList<>();
            for (String word : text.strip().split("\\s+")) {
                int start = 0;
                for (int end = 1; end <= word.length(); end++) {
                    if (end - start > 1 && font.getStringWidth(word.substring(start, end)) / 1000 * size > width) {
                        words.add(word.substring(start, end - 1));
                        start = end - 1;
                    }
                }
                words.add(word.substring(start));
            }
            return words;
        }

        private static String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> out.append(!Character.isISOControl(c)
                    && WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(c))
                    ? Character.toString(c) : "?"));
            return out.toString();
        }
    }
}
