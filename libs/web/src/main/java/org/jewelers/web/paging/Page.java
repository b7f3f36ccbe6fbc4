package org.jewelers.web.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list answer, as every list endpoint returns it. The generic class is no schema of its own: each list's
 * page is, named after its items ({@code PageAuditEntry}), so that a generated client has one type per list and no
 * unused raw one.
 */
@Schema(hidden = true)
public record Page<T>(List<T> items, long total, int page, int size) {

    /** The same page with each item turned into what the answer shows of it (a view, a summary). */
    public <R> Page<R> map(Function<? super T, ? extends R> each) {
        return new Page<>(items.stream().<R>map(each).toList(), total, page, size);
    }
}
