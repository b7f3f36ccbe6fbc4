package org.jewelers.competition.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a reminder's slots is due now, the rules every timed reminder shares: nothing from the deadline on; a
 * slot that fell due before its subject existed (a draft started three days before the close, a judge assigned a
 * day before the round closes) is never sent late; and when several are due at once (the service was down), only
 * the latest, the one closest to the deadline, so that nobody gets a week's reminder a day before. The slots are
 * counted from the deadline as it is now: one not yet sent moves with it, and one sent is not sent again, whatever
 * its new time, because its key is taken.
 */
public final class DueSlots {

    private DueSlots() {
    }

    /**
     * @param since when the subject came to be (the draft started, the judge assigned, the link issued)
     * @return the slot to send now, if any
     */
    public static Optional<ReminderSlot> latest(List<ReminderSlot> slots, Instant deadline, ZoneId zone,
                                                Instant since, Instant now) {
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        return slots.stream()
                .filter(slot -> {
                    Instant due = slot.before(deadline, zone);
                    return !due.isAfter(now) && !due.isBefore(since);
                })
                .max(Comparator.comparing(slot -> slot.before(deadline, zone)));
    }
}
