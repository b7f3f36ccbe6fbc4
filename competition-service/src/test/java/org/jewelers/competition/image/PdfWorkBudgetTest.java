package org.jewelers.competition.image;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Each bound of a PDF's work stops the work from inside, whatever the machine's speed: the decoded bytes of a stream,
 * the drawing operators of the first page, and the time, which cancelling ends at once. Deadlines here are long
 * where another bound is meant to stop the work, so that only that bound can.
 */
class PdfWorkBudgetTest {

    private static final Duration NO_HURRY = Duration.ofMinutes(10);

    @Test
    void aStreamIsStoppedOnceItDecodesToMoreThanTheCap() {
        WorkBudget.Exceeded exceeded = assertThrows(WorkBudget.Exceeded.class,
                () -> PdfFile.clean(TestImages.pdfBomb(), new WorkBudget(1 << 20, Long.MAX_VALUE, NO_HURRY)));
        assertTrue(exceeded.getMessage().contains("decodes to more than 1048576 bytes"), exceeded.getMessage());
    }

    @Test
    void renderingIsStoppedAfterTheOperatorBudget() {
        byte[] pdf = TestImages.pdfOfLines(2_000);
        WorkBudget.Exceeded exceeded = assertThrows(WorkBudget.Exceeded.class,
                () -> PdfFile.clean(pdf, new WorkBudget(32 << 20, 5_000, NO_HURRY)));
        assertTrue(exceeded.getMessage().contains("more than 5000 drawing operators"), exceeded.getMessage());

        PdfFile within = PdfFile.clean(pdf, new WorkBudget(32 << 20, 7_000, NO_HURRY));
        assertTrue(within.thumbnail.length > 0, "6,000 operators fit a budget of 7,000");
    }

    /** PDFBox ignores interrupts: the thread rendering ends because the drawing itself checks the budget. */
    @Test
    void cancellingEndsTheRenderThread() throws Exception {
        byte[] pdf = TestImages.pdfOfLines(3_000_000 / 3);
        WorkBudget budget = new WorkBudget(64 << 20, Long.MAX_VALUE, NO_HURRY);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread render = new Thread(() -> {
            try {
                PdfFile.clean(pdf, budget);
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "pdf-render-under-test");
        render.start();
        await().atMost(Duration.ofMinutes(2)).until(() -> budget.operators() > 10_000 || !render.isAlive());
        assertTrue(render.isAlive(), "still drawing: " + outcome.get());
        budget.cancel();
        render.join(Duration.ofSeconds(10).toMillis());
        assertFalse(render.isAlive(), "the render thread ended within 10 s of the cancel");
        assertEquals(WorkBudget.Exceeded.class, outcome.get().getClass(), String.valueOf(outcome.get()));
    }
}
