package org.jewelers.competition.entry;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** How stored entry files are answered, to entrants and staff alike. */
public final class StoredFiles {

    private StoredFiles() {
    }

    /**
     * With the type recognised at upload, which browsers must not second-guess (nosniff), and cached only by the
     * viewer's own browser: the files are unpublished work.
     */
    public static Response.ResponseBuilder answer(EntryImages.StoredFile file) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        return Response.ok(file.bytes(), file.mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }
}
