package org.jewelers.competition.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF (a rendering or a spec sheet) without its document information (author, creator, producer, dates) and
 * XMP metadata, and a thumbnail of its first page.
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
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.METADATA);
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
