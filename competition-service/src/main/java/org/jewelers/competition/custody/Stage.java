package org.jewelers.competition.custody;

import java.util.Arrays;
import java.util.List;

/** Where a finalist's piece is on its journey to the association and home again, in the journey's order. */
enum Stage {
    REQUESTED, SHIPPED, RECEIVED, IN_JUDGING, JUDGED, RETURNING, RETURNED;

    static final String CODES = "requested, shipped, received, in-judging, judged, returning, returned";

    /** The stages in which the piece is on the association's premises. */
    static final List<Stage> ON_PREMISES = List.of(RECEIVED, IN_JUDGING, JUDGED, RETURNING);

    /** The stages in which staff hold the piece and can note, move or photograph it: received, not yet sent back. */
    static final List<Stage> AT_DESK = List.of(RECEIVED, IN_JUDGING, JUDGED);

    String code() {
        return name().toLowerCase().replace('_', '-');
    }

    static Stage of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No custody stage " + code));
    }
}
