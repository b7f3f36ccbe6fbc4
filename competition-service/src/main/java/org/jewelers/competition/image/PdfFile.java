package org.jewelers.competition.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;

/**
 * A PDF (a rendering or a spec sheet) rebuilt from its pages alone ({@link PdfRebuild}), so that judges get the
 * drawing without the entrant's identity or anything that acts when opened, and a thumbnail of its first page as
 * stored; all of it within a {@link WorkBudget}.
 */
final class PdfFile {

    final byte[] content;
    final byte[] thumbnail;

    private PdfFile(byte[] content, byte[] thumbnail) {
        this.content = content;
        this.thumbnail = thumbnail;
    }

    static PdfFile clean(byte[] pdf, WorkBudget budget) {
        try {
            byte[] content = rebuilt(pdf, budget);
            try (PDDocument stored = Loader.loadPDF(content)) {
                return new PdfFile(content, firstPage(stored, budget));
            }
        } catch (IOException e) {
            throw ImageRefused.unprocessable("The PDF cannot be read: " + e.getMessage());
        }
    }

    private static byte[] rebuilt(byte[] pdf, WorkBudget budget) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw ImageRefused.unprocessable("The PDF is encrypted; upload it without a password or restrictions");
            }
            if (document.getNumberOfPages() == 0) {
                throw ImageRefused.unprocessable("The PDF has no pages");
            }
            try (PDDocument rebuilt = PdfRebuild.of(document, budget)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
                // Without object streams, so that what is stored can be checked byte for byte.
                rebuilt.save(out, CompressParameters.NO_COMPRESSION);
                return out.toByteArray();
            }
        }
    }

    /**
     * Rendered at the scale that makes its longer side the thumbnail's, whatever size the page declares; embedded
     * images are subsampled to that resolution rather than decoded in full.
     */
    private static byte[] firstPage(PDDocument document, WorkBudget budget) throws IOException {
        PDRectangle box = document.getPage(0).getCropBox();
        float longer = Math.max(box.getWidth(), box.getHeight());
        if (!(longer > 0)) {
            throw ImageRefused.unprocessable("The PDF's first page has no size");
        }
        BudgetedRenderer renderer = new BudgetedRenderer(document, budget);
        renderer.setSubsamplingAllowed(true);
        BufferedImage page = renderer.renderImage(0, Thumbnail.SIZE / longer, ImageType.RGB);
        return Thumbnail.of(page);
    }
}
