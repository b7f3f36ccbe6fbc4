package org.jewelers.competition.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.util.Matrix;

/**
 * Images for upload tests, generated here: rasters written by ImageIO, and the metadata that cameras and editors
 * add (EXIF, XMP, IPTC, comments, text chunks) crafted byte by byte, each carrying a name that must not survive.
 */
public final class TestImages {

    /** The name seeded into every kind of metadata. */
    public static final String NAME = "Marguerite Okonkwo-Valdez";

    /** A 1 × 1 lossy VP8 bitstream (the payload of a minimal WebP), since ImageIO writes no WebP. */
    private static final byte[] VP8 = Arrays.copyOfRange(
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA"), 20, 42);

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpg");
    }

    /** A PNG with an sRGB profile (kept) and a name in tEXt, iTXt, zTXt and eXIf chunks (dropped). */
    public static byte[] pngWithMetadata() {
        byte[] png = png(400, 300);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(pngChunk("iCCP", concat(utf8("sRGB\0\0"), deflate(icc()))));
        chunks.writeBytes(pngChunk("tEXt", utf8("Author\0" + NAME)));
        chunks.writeBytes(pngChunk("iTXt", utf8("Copyright\0\0\0\0\0© " + NAME)));
        chunks.writeBytes(pngChunk("zTXt", concat(utf8("Comment\0\0"), deflate(utf8(NAME)))));
        chunks.writeBytes(pngChunk("eXIf", exifTiff()));
        int afterHeader = 8 + 25; // the signature, then IHDR: length, type, 13 bytes, CRC
        return concat(Arrays.copyOfRange(png, 0, afterHeader), chunks.toByteArray(),
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A JPEG with an sRGB profile (kept) and a name in EXIF, XMP, IPTC and a comment (dropped). */
    public static byte[] jpegWithMetadata() {
        byte[] jpeg = jpeg(640, 480);
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        segments.writeBytes(jpegSegment(0xE1, concat(utf8("Exif\0\0"), exifTiff())));
        segments.writeBytes(jpegSegment(0xE1, concat(utf8("http://ns.adobe.com/xap/1.0/\0"), xmp())));
        segments.writeBytes(jpegSegment(0xE2, concat(utf8("ICC_PROFILE\0"), new byte[] {1, 1}, icc())));
        byte[] byline = utf8(NAME);
        byte[] iptc = concat(new byte[] {0x1C, 0x02, 0x50, 0, (byte) byline.length}, byline);
        segments.writeBytes(jpegSegment(0xED, concat(utf8("Photoshop 3.0\08BIM"), new byte[] {0x04, 0x04, 0, 0},
                ByteBuffer.allocate(4).putInt(iptc.length).array(), iptc)));
        segments.writeBytes(jpegSegment(0xFE, utf8("Photo by " + NAME)));
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF)); // SOI, then APP0 JFIF
        return concat(Arrays.copyOfRange(jpeg, 0, afterJfif), segments.toByteArray(),
                Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /** An extended WebP with an sRGB profile (kept) and a name in EXIF and XMP chunks (dropped). */
    public static byte[] webpWithMetadata() {
        byte[] header = {0x20 | 0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0}; // ICC, EXIF and XMP; canvas 1 × 1
        byte[] chunks = concat(riffChunk("VP8X", header), riffChunk("ICCP", icc()), riffChunk("VP8 ", VP8),
                riffChunk("EXIF", exifTiff()), riffChunk("XMP ", xmp()));
        return concat(utf8("RIFF"), le32(4 + chunks.length), utf8("WEBP"), chunks);
    }

    /** A one-page PDF with a name in its document information and its XMP metadata. */
    public static byte[] pdfWithMetadata() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.8f, 0.6f, 0.2f);
                content.addRect(100, 300, 400, 300);
                content.fill();
            }
            document.getDocumentInformation().setAuthor(NAME);
            document.getDocumentInformation().setCreator("Renderer of " + NAME);
            PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xmp()));
            document.getDocumentCatalog().setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF with a script run on opening, another on closing the document, one on opening the page, and a
     * link that runs one.
     */
    public static byte[] pdfWithScripts() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));
            PDDocumentCatalogAdditionalActions onDocument = document.getDocumentCatalog().getActions();
            onDocument.setWC(new PDActionJavaScript("app.alert('closing')"));
            PDPageAdditionalActions onPage = new PDPageAdditionalActions();
            onPage.setO(new PDActionJavaScript("app.alert('page')"));
            page.setActions(onPage);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(100, 100, 200, 50));
            link.setAction(new PDActionJavaScript("app.alert('clicked')"));
            page.getAnnotations().add(link);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF of about 1 MiB whose page content inflates to 1 GiB of operators (a graphics state saved and
     * restored, over and over). Deflating a gigabyte here would take a minute: a megabyte of operators is deflated
     * after a full flush, which makes the compressor forget everything before it, so that block's output repeated is
     * the rest of the stream.
     */
    public static byte[] pdfBomb() {
        byte[] unit = utf8("q Q\n");
        byte[] block = new byte[(1 << 20) / unit.length * unit.length];
        for (int at = 0; at < block.length; at += unit.length) {
            System.arraycopy(unit, 0, block, at, unit.length);
        }
        int blocks = (1 << 30) / block.length;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] first = deflateWithFullFlush(deflater, block);
        byte[] repeated = deflateWithFullFlush(deflater, block);
        deflater.end();
        Adler32 adler = new Adler32();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(first);
        adler.update(block);
        for (int i = 1; i < blocks; i++) {
            stream.writeBytes(repeated);
            adler.update(block);
        }
        // A final empty block, then the checksum of everything inflated.
        stream.writeBytes(new byte[] {0x03, 0x00});
        stream.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
        return pdfDrawing(stream.toByteArray());
    }

    /** A one-page PDF drawing {@code lines} lines, three operators each, in a few megabytes of content. */
    public static byte[] pdfOfLines(int lines) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            content.writeBytes(utf8((i % 500) + " 0 m 0 " + (i % 700) + " l S\n"));
        }
        return pdfDrawing(deflate(content.toByteArray()));
    }

    /** A one-page A4 PDF whose page content is this deflated data. */
    private static byte[] pdfDrawing(byte[] deflated) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream out = content.createRawOutputStream()) {
                out.write(deflated);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF carrying its author everywhere design tools and viewers put a person: document information
     * and XMP; an annotation's author and text; the page's, a form's and an image's /PieceInfo (user names and file
     * paths); a photo drawn on the page whose JPEG has EXIF and XMP, and XMP on the image itself; a script on an
     * outline item; a form field with a script action, and XFA naming the author.
     */
    public static byte[] pdfWithIdentity() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setAuthor(NAME);
            document.getDocumentCatalog().setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp())));
            page.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo());

            PDImageXObject photo = JPEGFactory.createFromByteArray(document, jpegWithMetadata());
            photo.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo());
            photo.setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp())));
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 100, 100));
            form.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo());
            try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(utf8("0.2 0.4 0.8 rg 10 10 80 80 re f\n"));
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(photo, 100, 400, 320, 240);
                content.saveGraphicsState();
                content.transform(Matrix.getTranslateInstance(100, 200));
                content.drawForm(form);
                content.restoreGraphicsState();
            }

            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(50, 50, 20, 20));
            note.setTitlePopup(NAME);
            note.setContents("Designed by " + NAME);
            page.getAnnotations().add(note);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Ring");
            item.setAction(new PDActionJavaScript("app.alert('" + NAME + "')"));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);

            PDAcroForm acroForm = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(acroForm);
            PDTextField field = new PDTextField(acroForm);
            field.setPartialName("designer");
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(50, 700, 200, 20));
            widget.setPage(page);
            PDAnnotationAdditionalActions onField = new PDAnnotationAdditionalActions();
            onField.setFo(new PDActionJavaScript("app.alert('focused')"));
            widget.setActions(onField);
            page.getAnnotations().add(widget);
            acroForm.getFields().add(field);
            COSStream xfa = document.getDocument().createCOSStream();
            try (OutputStream out = xfa.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(utf8("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><author>" + NAME
                        + "</author></xdp:xdp>"));
            }
            acroForm.getCOSObject().setItem(COSName.XFA, xfa);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Illustrator writes: its private data, with the user and the path of the file it was saved from. */
    private static COSDictionary pieceInfo() {
        COSDictionary data = new COSDictionary();
        data.setString("Owner", NAME);
        data.setString("Path", "C:\\Users\\" + NAME + "\\Designs\\ring.ai");
        COSDictionary application = new COSDictionary();
        application.setItem(COSName.PRIVATE, data);
        application.setString(COSName.LAST_MODIFIED, "D:20260101120000Z");
        COSDictionary pieceInfo = new COSDictionary();
        pieceInfo.setItem(COSName.getPDFName("Illustrator"), application);
        return pieceInfo;
    }

    /**
     * A small PNG (a few kilobytes) whose header declares 20,000 × 20,000 pixels: decoded, it would take 1.2 GB.
     * Its data holds only the first rows; a decoder runs out of memory before it notices.
     */
    public static byte[] decompressionBomb() {
        int side = 20_000;
        byte[] header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] rows = new byte[16 * (1 + side * 3)];
        return concat(PngChunks.SIGNATURE, pngChunk("IHDR", header), pngChunk("IDAT", deflate(rows)),
                pngChunk("IEND", new byte[0]));
    }

    /** The bytes from a JPEG's first start-of-scan marker on: its compressed image data. */
    public static byte[] scanData(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at + 1] & 0xFF) != 0xDA) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return Arrays.copyOfRange(jpeg, at, jpeg.length);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xC9A227), width, height, new Color(0x3B5B92)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** EXIF as a big-endian TIFF with one tag, Artist. */
    private static byte[] exifTiff() {
        byte[] artist = utf8(NAME + "\0");
        return concat(ByteBuffer.allocate(26).put(utf8("MM")).putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(26)
                .putInt(0).array(), artist);
    }

    private static byte[] xmp() {
        return utf8("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq>"
                + "<rdf:li>" + NAME + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>");
    }

    public static byte[] icc() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    static byte[] jpegSegment(int marker, byte[] payload) {
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
                (byte) (payload.length + 2)}, payload);
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] typed = concat(utf8(type), data);
        CRC32 crc = new CRC32();
        crc.update(typed);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typed,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] riffChunk(String fourCc, byte[] data) {
        return concat(utf8(fourCc), le32(data.length), data, new byte[data.length % 2]);
    }

    static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private static byte[] deflateWithFullFlush(Deflater deflater, byte[] data) {
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes written as numbers from 0 to 255, as a format's specification shows them. */
    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
