package org.jewelers.competition.image;

import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/** The reasons an uploaded file is refused, each with its shared problem type. */
final class ImageRefused {

    private ImageRefused() {
    }

    static ProblemException tooLarge(long bytes) {
        return new ProblemException(ProblemType.BODY_TOO_LARGE, "The file has " + bytes + " bytes; at most "
                + EntryFile.MAX_BYTES + " (10 MiB) are accepted");
    }

    static ProblemException unsupported(String detected) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file's content is " + detected
                + "; JPEG, PNG, WebP or PDF are accepted (recognised from the content, not the name or declared type)");
    }

    static ProblemException notAPhoto() {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The file is a PDF; a photo is JPEG, PNG or WebP (recognised from the content)");
    }

    static ProblemException busy() {
        return new ProblemException(ProblemType.UNAVAILABLE,
                "Too many PDFs are being processed at once; try again in a moment");
    }

    static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }
}
