package org.jewelers.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list endpoint takes: {@code page} from 0, {@code size} up to 100. */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    /** The last page whose offset, and offset plus size, still fit an int: past it they would wrap to negative. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1 to 100")
    public int size;

    public int offset() {
        return page * size;
    }

    /** This page of a list held whole in memory, for the short lists that are not worth a query per page. */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), all.size(), page, size);
    }
}
