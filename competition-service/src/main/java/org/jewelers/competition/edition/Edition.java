package org.jewelers.competition.edition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.notice.ReminderSlot;

/** One year of a program: its categories or lists, its entry window and its other dates. */
@Entity
public class Edition {

    /** A week and a day before the deadline, unless staff set another schedule. */
    public static final String DEFAULT_DRAFT_REMINDERS = "P7D,PT24H";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Program program;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    /** The zone the deadlines are announced in ("June 28, 23:59 America/New_York"). */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    /** 20 Under 40: a nominee must be under 40 on this date. */
    @Column(name = "age_cutoff")
    public LocalDate ageCutoff;

    /**
     * When the results become public; until then, and while unset, every public results answer is 404 and no result
     * image is served, whatever staff decided.
     */
    @Column(name = "results_publish_at")
    public Instant resultsPublishAt;

    /**
     * When holders of unsubmitted drafts are reminded, counted back from each one's own deadline: reminder offsets
     * ({@link ReminderSlot}) separated by commas; empty for none.
     */
    @Column(name = "draft_reminders", nullable = false)
    public String draftReminders = DEFAULT_DRAFT_REMINDERS;

    @ElementCollection
    @CollectionTable(name = "edition_category", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<Category> categories = new ArrayList<>();

    @Embedded
    public Fees fees = new Fees();

    @Embedded
    public CustodyTerms custody = new CustodyTerms();

    @ElementCollection
    @CollectionTable(name = "edition_category_fee", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<CategoryFee> categoryFees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "edition_milestone", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<Milestone> milestones = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When staff last changed the edition: the calendar feed's DTSTAMP and LAST-MODIFIED. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The draft reminders' times, as staff set them. */
    public List<ReminderSlot> draftReminderSlots() {
        return draftReminderSlots(draftReminders);
    }

    /** Draft reminders' times as an edition keeps them (its {@code draft_reminders} column). */
    public static List<ReminderSlot> draftReminderSlots(String kept) {
        return kept.isEmpty() ? List.of() : Arrays.stream(kept.split(",")).map(ReminderSlot::new).toList();
    }

    public boolean resultsPublicAt(Instant now) {
        return resultsPublishAt != null && !now.isBefore(resultsPublishAt);
    }

    public EditionStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return EditionStatus.UPCOMING;
        }
        return now.isBefore(closesAt) ? EditionStatus.OPEN : EditionStatus.CLOSED;
    }
}
