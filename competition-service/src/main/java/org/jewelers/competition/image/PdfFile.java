package org.jewelers.competition.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF (a rendering or a spec sheet) without its document information (author, creator, producer, dates) and
 * XMP metadata, without anything that acts when it is opened (scripts, actions, embedded files), and a thumbnail of
 * its first page.
 */
final class PdfFile {

    final byte[] content;
    final byte[] thumbnail;

    private PdfFile(byte[] content, byte[] thumbnail) {
        this.content = content;
        this.thumbnail = thumbnail;
    }

    static PdfFile clean(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw ImageRefused.unprocessable("The PDF is encrypted; upload it without a password or restrictions");
            }
            if (document.getNumberOfPages() == 0) {
                throw ImageRefused.unprocessable("The PDF has no pages");
            }
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.removeItem(COSName.METADATA);
            removeActiveContent(catalog);
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.METADATA);
                page.getCOSObject().removeItem(COSName.AA);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    annotation.getCOSObject().removeItem(COSName.A);
                    annotation.getCOSObject().removeItem(COSName.AA);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            // A full rewrite, so the removed objects are not carried over; without object streams, so that what is
            // stored can be checked byte for byte.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new PdfFile(out.toByteArray(), firstPage(document));
        } catch (IOException e) {
            throw ImageRefused.unprocessable("The PDF cannot be read: " + e.getMessage());
        }
    }

    /**
     * Judges and staff open the stored file in their browsers' PDF viewers, which run a document's scripts and
     * actions: what runs on opening, on page events and from links goes, and so do files carried inside.
     */
    private static void removeActiveContent(COSDictionary catalog) {
        catalog.removeItem(COSName.OPEN_ACTION);
        catalog.removeItem(COSName.AA);
        if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
            names.removeItem(COSName.JAVA_SCRIPT);
            names.removeItem(COSName.EMBEDDED_FILES);
        }
    }

    /**
     * Rendered at the scale that makes its longer side the thumbnail's, whatever size the page declares; embedded
     * images are subsampled to that resolution rather than decoded in full.
     */
    private static byte[] firstPage(PDDocument document) throws IOException {
        PDRectangle box = document.getPage(0).getCropBox();
        float longer = Math.max(box.getWidth(), box.getHeight());
        if (!(longer > 0)) {
            throw ImageRefused.unprocessable("The PDF's first page has no size");
        }
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true);
        BufferedImage page = renderer.renderImage(0, Thumbnail.SIZE / longer, ImageType.RGB);
        return Thumbnail.of(page);
    }
}
