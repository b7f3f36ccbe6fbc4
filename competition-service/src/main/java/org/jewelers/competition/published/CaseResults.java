package org.jewelers.competition.published;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryImage;
import org.jewelers.competition.results.Award;
import org.jewelers.competition.results.Awards;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/** A CASE edition's categories with their winners and finalists, as decided when staff confirmed the winners. */
@ApplicationScoped
class CaseResults {

    private final Awards awards;
    private final Entries entries;
    private final PublishedImages images;
    private final MemberFirms firms;

    CaseResults(Awards awards, Entries entries, PublishedImages images, MemberFirms firms) {
        this.awards = awards;
        this.entries = entries;
        this.images = images;
        this.firms = firms;
    }

    List<ResultsView.CategoryResult> of(Edition edition) {
        Map<String, Entry> winners = awards.list("edition.id", edition.id).stream()
                .collect(Collectors.toMap(a -> a.category, (Award a) -> a.entry));
        List<Entry> decided = entries.list("edition.id = ?1 and status in ?2", Sort.by("title").and("id"), edition.id,
                PublishedImages.SHOWN);
        Map<UUID, List<EntryImage>> shown = images.of(decided.stream().map(e -> e.id).toList());
        Map<UUID, Optional<MemberFirm>> known = new HashMap<>();
        Map<UUID, ResultsView.Piece> pieces = decided.stream().collect(Collectors.toMap(e -> e.id,
                e -> piece(edition, e, shown.getOrDefault(e.id, List.of()), known)));
        return edition.categories.stream().map(category -> {
            Entry winner = winners.get(category.code);
            List<ResultsView.Piece> finalists = category.enterable ? decided.stream()
                    .filter(e -> e.category.equals(category.code) && (winner == null || !e.id.equals(winner.id)))
                    .map(e -> pieces.get(e.id)).toList() : List.of();
            return new ResultsView.CategoryResult(category.code, category.name, category.division,
                    winner == null ? null : pieces.get(winner.id), finalists);
        }).toList();
    }

    /** Every awarded or finalist piece, by category in the edition's order, winners first: staff's results CSV. */
    List<Row> rows(Edition edition) {
        return of(edition).stream().flatMap(c -> Stream.concat(
                        Stream.ofNullable(c.winner()).map(p -> new Row(c, "winner", p)),
                        c.finalists().stream().map(p -> new Row(c, "finalist", p))))
                .toList();
    }

    record Row(ResultsView.CategoryResult category, String result, ResultsView.Piece piece) {
    }

    private ResultsView.Piece piece(Edition edition, Entry entry, List<EntryImage> shown,
                                    Map<UUID, Optional<MemberFirm>> known) {
        Optional<MemberFirm> firm = entry.memberId == null ? Optional.empty()
                : known.computeIfAbsent(entry.memberId, firms::find);
        String base = "/api/v1/editions/" + edition.id + "/results/images/";
        return new ResultsView.Piece(entry.id, entry.title, entry.designerName, firm.map(MemberFirm::name).orElse(null),
                firm.map(MemberFirm::city).orElse(null), firm.map(MemberFirm::state).orElse(null),
                shown.stream().sorted(Comparator.comparingInt(i -> i.position))
                        .map(i -> new ResultsView.Image(i.id, i.mediaType, i.width, i.height, base + i.id,
                                base + i.id + "/thumbnail")).toList());
    }
}
