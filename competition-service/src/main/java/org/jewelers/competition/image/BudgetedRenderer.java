package org.jewelers.competition.image;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders pages with every drawing operator counted against the work budget, those of forms, patterns and Type 3
 * glyphs included: the only place rendering can be stopped, since PDFBox ignores thread interrupts.
 */
final class BudgetedRenderer extends PDFRenderer {

    private final WorkBudget budget;

    BudgetedRenderer(PDDocument document, WorkBudget budget) {
        super(document);
        this.budget = budget;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator();
                super.processOperator(operator, operands);
            }
        };
    }
}
