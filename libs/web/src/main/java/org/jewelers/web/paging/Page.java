package org.jewelers.web.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer, as every list endpoint returns it. */
@Schema(name = "Page", description = "One page of results; `page` counts from 0.")
public record Page<T>(List<T> items, long total, int page, int size) {
}
