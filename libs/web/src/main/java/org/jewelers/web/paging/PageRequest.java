package org.jewelers.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list endpoint takes: {@code page} from 0, {@code size} up to 100. */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
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
}
