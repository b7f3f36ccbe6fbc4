package org.jewelers.systemtests.uploads;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The corpus's files, made here byte by byte so that nothing large is committed: honest pictures, headers that
 * declare what the data is not, containers of one kind dressed as another, and metadata carrying a person.
 */
public final class AttackFiles {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final String SCRIPT = "<script>alert(document.domain)</script>";

    private AttackFiles() {
    }

    static byte[] jpeg(int width, int height) {
        return jpeg(picture(width, height), 0.85f);
    }

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A camera-like JPEG of about {@code bytes}: fine noise over a gradient compresses as poorly as a detailed photo,
     * so a few megapixels make a file of several megabytes.
     */
    static byte[] photoOfAbout(int bytes) {
        int width = 3000;
        int height = 2000;
        BufferedImage image = picture(width, height);
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] ^= random.nextInt(0x404040);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        float quality = 0.97f;
        byte[] jpeg = jpeg(image, quality);
        while (jpeg.length > bytes && quality > 0.5f) {
            quality -= 0.03f;
            jpeg = jpeg(image, quality);
        }
        return jpeg;
    }

    /** A PNG whose header declares {@code side} × {@code side} RGB pixels, followed by a kilobyte of real rows. */
    static byte[] pngDeclaring(int side) {
        return concat(PNG_SIGNATURE, pngHeader(side, side, 2), pngChunk("IDAT", deflate(new byte[1024])),
                pngChunk("IEND", new byte[0]));
    }

    /**
     * A PNG of {@code width} × {@code height} RGB pixels whose data really is there: every row, all zeros, as one zlib
     * stream of about a thousandth of its inflated size, so a few megabytes inflate to gigabytes. Deflating
     * gigabytes here would take a minute; instead a block of 100 rows is deflated after a full flush, which makes
     * the compressor forget everything before it, so that block's output repeated is the rest of the stream.
     */
    static byte[] pngInflatingTo(int width, int height) {
        int rowsPerBlock = 100;
        if (height % rowsPerBlock != 0) {
            throw new IllegalArgumentException("the height is a multiple of " + rowsPerBlock + ": " + height);
        }
        byte[] block = new byte[rowsPerBlock * (1 + 3 * width)];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] first = deflateWithFullFlush(deflater, block);
        byte[] repeated = deflateWithFullFlush(deflater, block);
        deflater.end();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(first);
        for (int rows = rowsPerBlock; rows < height; rows += rowsPerBlock) {
            stream.writeBytes(repeated);
        }
        long inflated = (long) height * (1 + 3 * width);
        // A final empty block, then the Adler-32 of all those zeros: its sum stays 1, its running total is the count.
        stream.writeBytes(new byte[] {0x03, 0x00});
        stream.writeBytes(ByteBuffer.allocate(4).putInt((int) ((inflated % 65521) << 16 | 1)).array());
        return concat(PNG_SIGNATURE, pngHeader(width, height, 2), pngChunk("IDAT", stream.toByteArray()),
                pngChunk("IEND", new byte[0]));
    }

    /** A real 16 × 16 JPEG whose frame header (SOF0) is rewritten to declare {@code side} × {@code side}. */
    static byte[] jpegDeclaring(int side) {
        byte[] jpeg = jpeg(16, 16);
        int at = 2;
        while ((jpeg[at + 1] & 0xFF) != 0xC0) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        // Marker (2), length (2), precision (1), then height and width, two bytes each.
        jpeg[at + 5] = (byte) (side >> 8);
        jpeg[at + 6] = (byte) side;
        jpeg[at + 7] = (byte) (side >> 8);
        jpeg[at + 8] = (byte) side;
        return jpeg;
    }

    /** A GIF whose logical screen and only frame declare 65,535 × 65,535 pixels, with one pixel of LZW data. */
    static byte[] gifDeclaringMaximum() {
        byte[] screen = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0, 0};
        byte[] palette = {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        byte[] frame = {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0,
                0x02, 0x02, 0x44, 0x01, 0x00, 0x3B};
        return concat(ascii("GIF89a"), screen, palette, frame);
    }

    /** Valid GIF and valid JavaScript at once: the header's width bytes open a comment the script closes. */
    static byte[] gifJavascriptPolyglot() {
        return concat(ascii("GIF89a/*"), new byte[] {0, 0, 0, 0}, ascii("*/=1;alert(document.domain);//"),
                new byte[] {0x3B});
    }

    static byte[] html() {
        return ascii("<!DOCTYPE html><html><body><h1>Ring</h1>" + SCRIPT + "</body></html>\n");
    }

    static byte[] svgWithScript() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">" + SCRIPT + "</svg>\n");
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.html"));
            zip.write(html());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF, written by hand with its cross-reference table; {@code catalogExtra} goes into the catalog. */
    static byte[] pdf(String catalogExtra) {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                "<< /Length 33 >>\nstream\n0.8 0.6 0.2 rg 20 20 160 160 re f\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return ascii(pdf.toString());
    }

    /** A PDF that runs a script when opened. */
    static byte[] pdfWithScript() {
        return pdf("/OpenAction << /S /JavaScript /JS (app.alert\\('opened'\\)) >>");
    }

    static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /**
     * A JPEG with the entrant's name and email in EXIF (Artist, with a GPS position), XMP and a comment, inserted
     * after its JFIF header as cameras and editors write them.
     */
    public static byte[] jpegCarrying(String name, String email) {
        byte[] jpeg = jpeg(640, 480);
        byte[] segments = concat(
                jpegSegment(0xE1, concat(ascii("Exif\0\0"), exif(name))),
                jpegSegment(0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmp(name, email))),
                jpegSegment(0xFE, utf8("Photo by " + name + " <" + email + ">")));
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOfRange(jpeg, 0, afterJfif), segments, Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /** A PNG with the entrant's name and email in tEXt, iTXt and eXIf chunks (with a GPS position). */
    public static byte[] pngCarrying(String name, String email) {
        byte[] png = png(400, 300);
        byte[] chunks = concat(pngChunk("tEXt", utf8("Author\0" + name)),
                pngChunk("iTXt", utf8("Contact\0\0\0\0\0" + email)),
                pngChunk("eXIf", exif(name)));
        int afterHeader = PNG_SIGNATURE.length + 25;
        return concat(Arrays.copyOfRange(png, 0, afterHeader), chunks, Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A JPEG carrying a script in a comment, valid HTML to a browser that sniffs it. */
    static byte[] jpegWithScriptComment() {
        byte[] jpeg = jpeg(320, 240);
        return concat(Arrays.copyOfRange(jpeg, 0, 2), jpegSegment(0xFE, ascii(SCRIPT)),
                Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * EXIF as a big-endian TIFF: IFD0 with Artist and a pointer to a GPS IFD holding latitude 40° 44' 54.36" N
     * (midtown Manhattan, the entrant's bench).
     */
    private static byte[] exif(String name) {
        byte[] artist = utf8(name + "\0");
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int latitude = gpsIfd + 2 + 2 * 12 + 4;
        int artistAt = latitude + 24;
        ByteBuffer tiff = ByteBuffer.allocate(artistAt + artist.length);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(artistAt);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putInt(0);
        tiff.putInt(40).putInt(1).putInt(44).putInt(1).putInt(5436).putInt(100);
        tiff.put(artist);
        return tiff.array();
    }

    private static byte[] xmp(String name, String email) {
        return utf8("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + name + "</rdf:li></rdf:Seq></dc:creator>"
                + "<Iptc4xmpCore:CreatorContactInfo><Iptc4xmpCore:CiEmailWork>" + email
                + "</Iptc4xmpCore:CiEmailWork></Iptc4xmpCore:CreatorContactInfo>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>");
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

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] pngHeader(int width, int height, int colourType) {
        return pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typed = concat(ascii(type), data);
        CRC32 crc = new CRC32();
        crc.update(typed);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typed,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] jpegSegment(int marker, byte[] payload) {
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
                (byte) (payload.length + 2)}, payload);
    }

    static byte[] deflateWithFullFlush(Deflater deflater, byte[] data) {
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
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
