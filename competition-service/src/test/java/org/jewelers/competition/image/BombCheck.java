package org.jewelers.competition.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * Run in a JVM of its own with a small heap by {@link DecompressionBombTest}. {@code check} takes the bomb in as an
 * upload is taken in and exits 0 when it is refused as unprocessable; {@code decode} decodes it as a naive service
 * would, the control that shows the heap is too small for that.
 */
public final class BombCheck {

    private BombCheck() {
    }

    public static void main(String[] args) throws IOException {
        byte[] bomb = TestImages.decompressionBomb();
        if (args[0].equals("decode")) {
            ImageIO.read(new ByteArrayInputStream(bomb));
            System.exit(0);
        }
        try {
            EntryFile.photo(bomb);
            System.exit(1);
        } catch (ProblemException e) {
            System.exit(e.type() == ProblemType.UNPROCESSABLE ? 0 : 2);
        }
    }
}
