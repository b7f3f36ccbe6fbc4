package org.jewelers.competition.image;

/**
 * The largest image accepted, checked against the size its header declares before any pixel is decoded: a few
 * kilobytes of compressed data can declare billions of pixels (a decompression bomb), and decoding those would
 * take the service's whole memory. 12,000 px a side and 60 megapixels leave room for any camera's photo.
 */
final class PixelLimits {

    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 60_000_000L;

    private PixelLimits() {
    }

    static void check(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw ImageRefused.unprocessable("The image declares " + width + " × " + height + " pixels");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw ImageRefused.unprocessable("The image declares " + width + " × " + height + " pixels; at most "
                    + MAX_SIDE + " pixels a side and " + MAX_PIXELS / 1_000_000 + " megapixels are accepted");
        }
    }
}
