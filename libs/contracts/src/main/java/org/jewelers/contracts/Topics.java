package org.jewelers.contracts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every topic the services exchange events on, with the event types each one carries. */
public final class Topics {

    private static final int PARTITIONS = 3;

    public static final Topic DIRECTORY_MEMBERS = new Topic("directory.members.v1", PARTITIONS, true, Set.of(
            EventTypes.MEMBER_JOINED,
            EventTypes.MEMBER_UPDATED,
            EventTypes.MEMBER_STANDING_CHANGED,
            EventTypes.MEMBER_LEFT));

    public static final Topic COMPETITION_ENTRIES = new Topic("competition.entries.v1", PARTITIONS, false, Set.of(
            EventTypes.ENTRY_SUBMITTED,
            EventTypes.ENTRY_SCREENED,
            EventTypes.ENTRY_WITHDRAWN,
            EventTypes.ENTRY_RESULT_DECIDED,
            EventTypes.ENTRY_PAID,
            EventTypes.ENTRY_REFUNDED));

    public static final Topic COMPETITION_AWARDS = new Topic("competition.awards.v1", PARTITIONS, false, Set.of(
            EventTypes.AWARD_GRANTED));

    public static final Topic CAREERS_JOBS = new Topic("careers.jobs.v1", PARTITIONS, false, Set.of(
            EventTypes.JOB_OPENED,
            EventTypes.JOB_CLOSED));

    public static final List<Topic> ALL = List.of(DIRECTORY_MEMBERS, COMPETITION_ENTRIES, COMPETITION_AWARDS, CAREERS_JOBS);

    private Topics() {
    }

    public static Optional<Topic> topicOf(String type) {
        return topicOf(ALL, type);
    }

    static Optional<Topic> topicOf(List<Topic> topics, String type) {
        return topics.stream().filter(topic -> topic.carries(type)).findFirst();
    }
}
