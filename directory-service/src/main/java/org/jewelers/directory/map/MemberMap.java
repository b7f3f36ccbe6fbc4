package org.jewelers.directory.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.directory.search.BoundingBox;
import org.jewelers.directory.search.MemberSearch;
import org.jewelers.directory.search.SearchCriteria;

/**
 * The matching firms in a box, clustered on the server: the search's own matching rows (one per firm, at the
 * location that matched) grouped by the grid's cells, or listed one by one when few enough at a close zoom. Every
 * answer is bounded: at most {@link MapGrid#MAX_CELLS} cells or {@link MapGrid#MAX_FIRMS} firms.
 */
@ApplicationScoped
public class MemberMap {

    private final EntityManager entities;
    private final MemberSearch search;
    private final Clock clock;

    MemberMap(EntityManager entities, MemberSearch search, Clock clock) {
        this.entities = entities;
        this.search = search;
        this.clock = clock;
    }

    MemberMapResult map(SearchCriteria criteria, MapGrid grid) {
        Map<String, Object> parameters = new HashMap<>();
        String matches = search.matches(criteria, clock.instant(), parameters);
        double size = grid.cellSize();

        Query cells = entities.createNativeQuery(matches + """
                select floor(l.latitude / :cellSize)::bigint, floor(l.longitude / :cellSize)::bigint, count(*),
                       avg(l.latitude), avg(l.longitude)
                from matches x join location l on l.id = x.location_id
                group by 1, 2 order by 1, 2""");
        parameters.forEach(cells::setParameter);
        cells.setParameter("cellSize", size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = cells.getResultList();
        long total = 0;
        List<MemberMapResult.Cluster> clusters = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            double south = ((Number) row[0]).longValue() * size;
            double west = ((Number) row[1]).longValue() * size;
            long count = ((Number) row[2]).longValue();
            total += count;
            clusters.add(new MemberMapResult.Cluster(((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(),
                    count, new BoundingBox(west, south, Math.min(west + size, 180), Math.min(south + size, 90))));
        }
        if (!grid.showsFirms(total)) {
            return new MemberMapResult(grid.zoom(), size, total, clusters, List.of());
        }

        Query firms = entities.createNativeQuery(matches + """
                select x.id, m.name, x.location_id, l.latitude, l.longitude
                from matches x join member m on m.id = x.id join location l on l.id = x.location_id
                order by x.id limit :maxFirms""");
        parameters.forEach(firms::setParameter);
        firms.setParameter("maxFirms", MapGrid.MAX_FIRMS);
        @SuppressWarnings("unchecked")
        List<Object[]> found = firms.getResultList();
        List<MemberMapResult.Firm> pins = found.stream().map(row -> new MemberMapResult.Firm((UUID) row[0],
                (String) row[1], (UUID) row[2], ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue()))
                .toList();
        // Counted again as listed: a firm that changed between the two statements leaves no gap in the sum.
        return new MemberMapResult(grid.zoom(), size, pins.size(), List.of(), pins);
    }
}
