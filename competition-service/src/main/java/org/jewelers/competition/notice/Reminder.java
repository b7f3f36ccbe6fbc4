package org.jewelers.competition.notice;

import java.time.Instant;

/**
 * A kind of notice sent at a time rather than on a change (draft, consent and judge reminders, results at their
 * publication time). {@link ReminderSweep} calls each on a schedule, in a transaction of its own; the reminder
 * looks at the data as it is now, so that a moved deadline moves its unsent slots and a submitted draft, finished
 * judge or unsubscribed address gets nothing, and sends through {@link Notices}, whose keys send each slot once.
 */
public interface Reminder {

    NoticeKind kind();

    /**
     * Sends what is due at {@code now} and not sent before, up to {@code limit} notices.
     *
     * @return how many notices it queued
     */
    int sendDue(Instant now, int limit);
}
