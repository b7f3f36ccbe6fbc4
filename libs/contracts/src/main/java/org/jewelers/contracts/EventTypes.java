package org.jewelers.contracts;

import java.util.Map;
import java.util.Optional;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.contracts.entries.EntryPaid;
import org.jewelers.contracts.entries.EntryRefunded;
import org.jewelers.contracts.entries.EntryResultDecided;
import org.jewelers.contracts.entries.EntryScreened;
import org.jewelers.contracts.entries.EntrySubmitted;
import org.jewelers.contracts.entries.EntryWithdrawn;
import org.jewelers.contracts.jobs.JobClosed;
import org.jewelers.contracts.jobs.JobOpened;
import org.jewelers.contracts.members.PublicMember;

/**
 * The names of every event type; each has a JSON Schema for its data at {@code contracts/<type>.json} and a record
 * of that data ({@link #dataOf(String)}).
 */
public final class EventTypes {

    public static final String MEMBER_JOINED = "org.jewelers.directory.member.joined.v1";
    public static final String MEMBER_UPDATED = "org.jewelers.directory.member.updated.v1";
    public static final String MEMBER_STANDING_CHANGED = "org.jewelers.directory.member.standing-changed.v1";
    public static final String MEMBER_LEFT = "org.jewelers.directory.member.left.v1";

    public static final String ENTRY_SUBMITTED = "org.jewelers.competition.entry.submitted.v1";
    public static final String ENTRY_SCREENED = "org.jewelers.competition.entry.screened.v1";
    public static final String ENTRY_WITHDRAWN = "org.jewelers.competition.entry.withdrawn.v1";
    public static final String ENTRY_RESULT_DECIDED = "org.jewelers.competition.entry.result-decided.v1";
    public static final String ENTRY_PAID = "org.jewelers.competition.entry.paid.v1";
    public static final String ENTRY_REFUNDED = "org.jewelers.competition.entry.refunded.v1";

    public static final String AWARD_GRANTED = "org.jewelers.competition.award.granted.v1";

    public static final String JOB_OPENED = "org.jewelers.careers.job.opened.v1";
    public static final String JOB_CLOSED = "org.jewelers.careers.job.closed.v1";

    // The member events share one schema (the whole member), and so one record.
    private static final Map<String, Class<? extends EventData>> DATA = Map.ofEntries(
            Map.entry(MEMBER_JOINED, PublicMember.class),
            Map.entry(MEMBER_UPDATED, PublicMember.class),
            Map.entry(MEMBER_STANDING_CHANGED, PublicMember.class),
            Map.entry(MEMBER_LEFT, PublicMember.class),
            Map.entry(ENTRY_SUBMITTED, EntrySubmitted.class),
            Map.entry(ENTRY_SCREENED, EntryScreened.class),
            Map.entry(ENTRY_WITHDRAWN, EntryWithdrawn.class),
            Map.entry(ENTRY_RESULT_DECIDED, EntryResultDecided.class),
            Map.entry(ENTRY_PAID, EntryPaid.class),
            Map.entry(ENTRY_REFUNDED, EntryRefunded.class),
            Map.entry(AWARD_GRANTED, AwardGranted.class),
            Map.entry(JOB_OPENED, JobOpened.class),
            Map.entry(JOB_CLOSED, JobClosed.class));

    private EventTypes() {
    }

    /** The record of the type's data; empty for a type the platform does not define (e.g. a test's own). */
    public static Optional<Class<? extends EventData>> dataOf(String type) {
        return Optional.ofNullable(DATA.get(type));
    }
}
