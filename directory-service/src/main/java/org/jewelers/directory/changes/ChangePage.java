package org.jewelers.directory.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed, oldest first. */
@Schema(name = "ChangePage")
public record ChangePage(
        List<MemberChange> items,
        @Schema(description = "The cursor to pass as after= for the next page (the last change's, or the one sent when "
                + "the page is empty)", example = "1042") String next,
        @Schema(description = "True when more changes follow this page now") boolean more) {
}
