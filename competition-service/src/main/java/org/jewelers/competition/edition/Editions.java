package org.jewelers.competition.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.notice.ReminderSlot;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** The programs' editions: opening one, and finding them by where their window stands. */
@ApplicationScoped
public class Editions implements PanacheRepositoryBase<Edition, UUID> {

    /** Draft reminders one edition sends at most: more would be nagging, and the column is sized for these. */
    static final int MAX_DRAFT_REMINDERS = 5;
    /**
     * A draft reminder's time before the deadline, as {@link ReminderSlot} reads it, in either case. Written without
     * inline flags, which Java takes but the ECMAScript regular expressions of an OpenAPI document's patterns do not.
     */
    static final String DRAFT_REMINDER = "[Pp][1-9][0-9]{0,2}[Dd]|[Pp][Tt][1-9][0-9]{0,3}[Hh]";

    private final Clock clock;
    private final EditionHistory history;

    Editions(Clock clock, EditionHistory history) {
        this.clock = clock;
        this.history = history;
    }

    @Transactional
    public Edition open(NewEdition request, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("timeZone", "is not an IANA time zone"));
        }
        if (!request.closes().isAfter(request.opens())) {
            errors.add(new Problem.FieldError("closes", "must be after opens"));
        }
        if (request.program() == Program.TWENTY_UNDER_FORTY && request.ageCutoff() == null) {
            errors.add(new Problem.FieldError("ageCutoff", "is required for 20 Under 40"));
        }
        errors.addAll(categoryErrors(request.categories()));
        String reminders = request.draftReminders() == null ? Edition.DEFAULT_DRAFT_REMINDERS
                : draftReminders(request.draftReminders(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (count("program = ?1 and year = ?2", request.program(), request.year()) > 0) {
            throw ProblemException.conflict(request.program().title() + " already has an edition for " + request.year());
        }
        Edition edition = new Edition();
        edition.id = UUID.randomUUID();
        edition.program = request.program();
        edition.year = request.year();
        edition.title = request.title().strip();
        edition.timeZone = zone.getId();
        edition.opensAt = at(request.opens(), zone);
        edition.closesAt = at(request.closes(), zone);
        edition.ageCutoff = request.ageCutoff();
        edition.resultsPublishAt = request.resultsPublish() == null ? null : at(request.resultsPublish(), zone);
        edition.draftReminders = reminders;
        request.categories().forEach(c -> edition.categories.add(category(c)));
        if (request.milestones() != null) {
            ZoneId editionZone = zone;
            request.milestones().forEach(m -> edition.milestones.add(new Milestone(m.name().strip(), at(m.at(), editionZone))));
        }
        edition.createdAt = clock.instant();
        edition.updatedAt = edition.createdAt;
        persist(edition);
        history.record(edition, actor, "opened", null, EditionSettings.of(edition));
        return edition;
    }

    /**
     * The draft reminders as the edition keeps them, earliest first; {@code errors} gets a time given twice.
     *
     * @param offsets as sent, each matching {@link #DRAFT_REMINDER}
     */
    static String draftReminders(List<String> offsets, List<Problem.FieldError> errors) {
        Map<String, ReminderSlot> slots = new TreeMap<>();
        for (String offset : offsets) {
            ReminderSlot slot = new ReminderSlot(offset);
            if (slots.put(slot.name(), slot) != null) {
                errors.add(new Problem.FieldError("draftReminders", "names " + slot.offset() + " twice"));
            }
        }
        return slots.values().stream().sorted(Comparator.comparing(slot -> slot.before(Instant.EPOCH, ZoneOffset.UTC)))
                .map(ReminderSlot::offset).collect(Collectors.joining(","));
    }

    /** What is wrong with a list of categories as a whole: a code used twice, a band upside down. */
    static List<Problem.FieldError> categoryErrors(List<NewEdition.CategoryInput> categories) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            NewEdition.CategoryInput category = categories.get(i);
            if (!codes.add(category.code())) {
                errors.add(new Problem.FieldError("categories[" + i + "].code", "is used twice"));
            }
            if (category.minValueCents() != null && category.maxValueCents() != null
                    && category.maxValueCents() < category.minValueCents()) {
                errors.add(new Problem.FieldError("categories[" + i + "].maxValueCents", "must not be below minValueCents"));
            }
        }
        return errors;
    }

    static Category category(NewEdition.CategoryInput input) {
        return new Category(input.code(), input.name().strip(), input.division(), input.minValueCents(),
                input.maxValueCents(), input.enterable() == null || input.enterable()).honoring(input.honorees());
    }

    public Edition require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Edition", id));
    }

    /** Editions whose window is in one of the given states now, soonest deadline first. */
    public Page<EditionView> list(Set<EditionStatus> statuses, Program program, int page, int size) {
        Instant now = clock.instant();
        List<String> windows = new ArrayList<>();
        if (statuses.contains(EditionStatus.UPCOMING)) {
            windows.add("opensAt > :now");
        }
        if (statuses.contains(EditionStatus.OPEN)) {
            windows.add("(opensAt <= :now and closesAt > :now)");
        }
        if (statuses.contains(EditionStatus.CLOSED)) {
            windows.add("closesAt <= :now");
        }
        String query = "(" + String.join(" or ", windows) + ")" + (program == null ? "" : " and program = :program");
        Parameters parameters = Parameters.with("now", now);
        if (program != null) {
            parameters.and("program", program);
        }
        var found = find(query, Sort.by("closesAt").and("id"), parameters);
        return PanachePages.of(found, page, size).map(e -> EditionView.of(e, now));
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * A wall-clock time in a zone. In a spring-forward gap the time moves forward; in a fall-back overlap the
     * earlier instant counts, so a deadline never passes later than announced.
     */
    static Instant at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }
}
