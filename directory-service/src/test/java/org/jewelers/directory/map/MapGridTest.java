package org.jewelers.directory.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jewelers.directory.search.BoundingBox;
import org.junit.jupiter.api.Test;

class MapGridTest {

    @Test
    void cellsAreAQuarterOfATileAndHalveWithEachZoom() {
        assertEquals(90, new MapGrid(0).cellSize());
        assertEquals(22.5, new MapGrid(2).cellSize());
        assertEquals(90.0 / (1 << 20), new MapGrid(MapGrid.MAX_ZOOM).cellSize());
    }

    @Test
    void aBoxCoversTheCellsItTouches() {
        assertEquals(1, new MapGrid(2).cellsIn(new BoundingBox(1, 1, 2, 2)));
        assertEquals(4, new MapGrid(2).cellsIn(new BoundingBox(-1, -1, 1, 1)), "four cells meet at 0,0");
        assertEquals(17 * 9, new MapGrid(2).cellsIn(new BoundingBox(-180, -90, 180, 90)), "edges included");
        assertEquals(2048 + 64 + 32 + 1, new MapGrid(4).cellsIn(new BoundingBox(-180, -90, 180, 90)));
    }

    @Test
    void aBoxAcrossLongitude180CountsCellsOnBothSides() {
        // 170 to 180 is one cell of 22.5 (157.5-180) plus the edge cell at 180; -180 to -170 is one.
        assertEquals(3, new MapGrid(2).cellsIn(new BoundingBox(170, 1, -170, 2)));
    }

    @Test
    void singleFirmsOnlyCloseInAndOnlyAFewHundred() {
        assertFalse(new MapGrid(MapGrid.FIRMS_FROM_ZOOM - 1).showsFirms(1));
        assertTrue(new MapGrid(MapGrid.FIRMS_FROM_ZOOM).showsFirms(MapGrid.MAX_FIRMS));
        assertFalse(new MapGrid(MapGrid.MAX_ZOOM).showsFirms(MapGrid.MAX_FIRMS + 1));
    }
}
