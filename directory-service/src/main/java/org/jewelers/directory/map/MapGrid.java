package org.jewelers.directory.map;

import org.jewelers.directory.search.BoundingBox;

/**
 * The grid the map counts firms in at one zoom: square cells of 90 / 2^zoom degrees, a quarter of a web map tile's
 * width at that zoom, so that a screen holds a few dozen of them. The grid is aligned on longitude and latitude 0,
 * so that a cell stays put while the map pans (its count does not jump) and none straddles longitude 180.
 */
record MapGrid(int zoom) {

    static final int MAX_ZOOM = 20;
    /** From this zoom (a town fills the screen) the map shows single firms, when no more than {@link #MAX_FIRMS}. */
    static final int FIRMS_FROM_ZOOM = 12;
    /** Single firms in one answer at most; beyond it the map keeps counting in cells, whatever the zoom. */
    static final int MAX_FIRMS = 500;
    /**
     * Cells one box may cover, empty or not: a 4096-pixel-square screen's worth of 64-pixel cells. It bounds each
     * answer's size and keeps a client from asking for a fine grid over a whole continent.
     */
    static final long MAX_CELLS = 4096;

    double cellSize() {
        return 90.0 / (1L << zoom);
    }

    /** How many cells the box touches, empty ones included. */
    long cellsIn(BoundingBox box) {
        long columns = box.crossesAntimeridian()
                ? span(box.west(), 180) + span(-180, box.east())
                : span(box.west(), box.east());
        return columns * span(box.south(), box.north());
    }

    private long span(double from, double to) {
        return (long) Math.floor(to / cellSize()) - (long) Math.floor(from / cellSize()) + 1;
    }

    boolean showsFirms(long total) {
        return zoom >= FIRMS_FROM_ZOOM && total <= MAX_FIRMS;
    }
}
