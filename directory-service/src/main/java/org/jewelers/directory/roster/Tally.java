package org.jewelers.directory.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The running counts of an import, and the rejections not yet saved with them. */
final class Tally {

    private final UUID importId;
    int created;
    int updated;
    int unchanged;
    int rejected;
    private final List<Rejection> unsaved = new ArrayList<>();

    Tally(UUID importId) {
        this.importId = importId;
    }

    void count(MemberUpsert.Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    void reject(String number, Map<Integer, String> reasons) {
        rejected++;
        reasons.forEach((line, reason) -> unsaved.add(new Rejection(importId, line, number, reason)));
    }

    int done() {
        return created + updated + unchanged + rejected;
    }

    /** The rejections since the last call, for saving. */
    List<Rejection> takeUnsaved() {
        List<Rejection> taken = List.copyOf(unsaved);
        unsaved.clear();
        return taken;
    }
}
