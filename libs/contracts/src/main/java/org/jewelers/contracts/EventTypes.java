package org.jewelers.contracts;

/** The names of every event type; each has a JSON Schema for its data at {@code contracts/<type>.json}. */
public final class EventTypes {

    public static final String MEMBER_JOINED = "org.jewelers.directory.member.joined.v1";
    public static final String MEMBER_UPDATED = "org.jewelers.directory.member.updated.v1";
    public static final String MEMBER_STANDING_CHANGED = "org.jewelers.directory.member.standing-changed.v1";
    public static final String MEMBER_LEFT = "org.jewelers.directory.member.left.v1";

    public static final String ENTRY_SUBMITTED = "org.jewelers.competition.entry.submitted.v1";
    public static final String ENTRY_SCREENED = "org.jewelers.competition.entry.screened.v1";
    public static final String ENTRY_WITHDRAWN = "org.jewelers.competition.entry.withdrawn.v1";
    public static final String ENTRY_RESULT_DECIDED = "org.jewelers.competition.entry.result-decided.v1";

    public static final String AWARD_GRANTED = "org.jewelers.competition.award.granted.v1";

    public static final String JOB_OPENED = "org.jewelers.careers.job.opened.v1";
    public static final String JOB_CLOSED = "org.jewelers.careers.job.closed.v1";

    private EventTypes() {
    }
}
