package org.jewelers.devstack;

import java.util.List;
import java.util.Map;

/**
 * The pieces of last year's CASE finalists at every stage of their journey, so that staff's custody views (pieces by
 * state, overdue, the value on the premises against the insured limit, the log and its verification) have something
 * to show: two back home, two on their way back, one judged, one with the judges, one just scanned in with its notes
 * and intake photo, one still with its carrier. Each step is taken as people take it, through the API.
 */
final class DemoCustody {

    /** Set on the edition before its finalists are confirmed, so that the finalist notices carry them. */
    static Map<String, Object> terms(int year) {
        return Map.of("shipTo", "Jewelers of America, CASE Awards finals, 120 Broadway, Suite 2820, New York, NY 10271",
                "shipBy", year + "-07-20", "insuredLimitCents", 5_000_000);
    }

    /** A finalist's piece: its entry, its entrant and what they declare it is worth. */
    record Finalist(String entryId, DemoApi entrant, long valueCents, int seed, boolean pendant) {
    }

    private DemoCustody() {
    }

    /** Walks the finalists' pieces, in order, to the stages above; at most eight are walked. */
    static void load(DemoApi staff, List<Finalist> finalists) {
        for (int i = 0; i < finalists.size() && i < 8; i++) {
            Finalist finalist = finalists.get(i);
            String mine = "/api/v1/entries/" + finalist.entryId() + "/custody";
            String desk = "/api/v1/review/entries/" + finalist.entryId() + "/custody";
            finalist.entrant().change("POST", mine + "/shipment", Map.of("carrier", "FedEx",
                    "trackingNumber", "7712 3456 " + (7890 + i), "declaredValueCents", finalist.valueCents(),
                    "insured", true));
            if (i == 7) {
                continue;
            }
            String code = staff.get(desk).path("scanCode").asText();
            staff.change("POST", "/api/v1/review/custody/scan/" + code, Map.of());
            staff.change("PATCH", desk + "/receipt", Map.of("conditionNotes", "Box and seals intact; piece as "
                    + "photographed", "storageLocation", "Vault B, shelf " + (i + 1)));
            staff.upload("POST", desk + "/photos", "intake.png", DemoPictures.piece(finalist.seed(), finalist.pendant()),
                    Map.of());
            if (i == 6) {
                continue;
            }
            staff.change("POST", desk + "/judging", Map.of());
            if (i == 5) {
                continue;
            }
            staff.change("POST", desk + "/judged", Map.of());
            if (i == 4) {
                continue;
            }
            staff.change("POST", desk + "/return-shipment", Map.of("carrier", "UPS",
                    "trackingNumber", "1Z999AA1012345678" + i, "insuredValueCents", finalist.valueCents()));
            if (i <= 1) {
                finalist.entrant().change("POST", mine + "/delivery", Map.of());
            }
        }
    }
}
