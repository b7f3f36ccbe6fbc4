package org.jewelers.systemtests.uploads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
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
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.util.Matrix;

/** The corpus's PDFs, written with PDFBox: one whose page is a bomb, and one carrying its author everywhere. */
final class AttackPdfs {

    private AttackPdfs() {
    }

    /**
     * A one-page PDF of about 1 MiB whose page content inflates to 1 GiB of operators (a graphics state saved and
     * restored, over and over): a megabyte of them deflated after a full flush (which makes the compressor forget
     * everything before it), that block's output repeated, then the checksum of the whole.
     */
    static byte[] bomb() {
        byte[] unit = AttackFiles.ascii("q Q\n");
        byte[] block = new byte[(1 << 20) / unit.length * unit.length];
        for (int at = 0; at < block.length; at += unit.length) {
            System.arraycopy(unit, 0, block, at, unit.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] first = AttackFiles.deflateWithFullFlush(deflater, block);
        byte[] repeated = AttackFiles.deflateWithFullFlush(deflater, block);
        deflater.end();
        Adler32 adler = new Adler32();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(first);
        adler.update(block);
        for (int i = 1; i < (1 << 30) / block.length; i++) {
            stream.writeBytes(repeated);
            adler.update(block);
        }
        stream.writeBytes(new byte[] {0x03, 0x00});
        stream.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream out = content.createRawOutputStream()) {
                out.write(stream.toByteArray());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF carrying {@code name} and {@code email} wherever tools and viewers put a person: document
     * information and XMP; an annotation's author (/T) and text (/Contents); /PieceInfo on the page, a form and an
     * image (user names and file paths, as Illustrator writes them); a photo drawn on the page whose JPEG has EXIF,
     * XMP and a comment, and XMP on the image; a script on an outline item; a form field with a script action; XFA.
     */
    static byte[] carrying(String name, String email) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setAuthor(name);
            document.getDocumentCatalog().setMetadata(xmp(document, name, email));
            page.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo(name));

            PDImageXObject photo = JPEGFactory.createFromByteArray(document, AttackFiles.jpegCarrying(name, email));
            photo.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo(name));
            photo.setMetadata(xmp(document, name, email));
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 100, 100));
            form.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo(name));
            try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(AttackFiles.ascii("0.2 0.4 0.8 rg 10 10 80 80 re f\n"));
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
            note.setTitlePopup(name);
            note.setContents("Designed by " + name + " <" + email + ">");
            page.getAnnotations().add(note);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Pendant");
            item.setAction(new PDActionJavaScript("app.launchURL('mailto:" + email + "')"));
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
            onField.setFo(new PDActionJavaScript("app.alert(document.domain)"));
            widget.setActions(onField);
            page.getAnnotations().add(widget);
            acroForm.getFields().add(field);
            COSStream xfa = document.getDocument().createCOSStream();
            try (OutputStream out = xfa.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(AttackFiles.utf8("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><author>" + name
                        + " " + email + "</author></xdp:xdp>"));
            }
            acroForm.getCOSObject().setItem(COSName.XFA, xfa);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDMetadata xmp(PDDocument document, String name, String email) throws IOException {
        return new PDMetadata(document, new ByteArrayInputStream(AttackFiles.utf8(
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:creator><rdf:Seq><rdf:li>" + name + " " + email + "</rdf:li></rdf:Seq></dc:creator>"
                        + "</rdf:Description></rdf:RDF></x:xmpmeta>")));
    }

    private static COSDictionary pieceInfo(String name) {
        COSDictionary data = new COSDictionary();
        data.setString("Owner", name);
        data.setString("Path", "/Users/" + name + "/Designs/pendant.ai");
        COSDictionary application = new COSDictionary();
        application.setItem(COSName.PRIVATE, data);
        application.setString(COSName.LAST_MODIFIED, "D:20260101120000Z");
        COSDictionary pieceInfo = new COSDictionary();
        pieceInfo.setItem(COSName.getPDFName("Illustrator"), application);
        return pieceInfo;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}
