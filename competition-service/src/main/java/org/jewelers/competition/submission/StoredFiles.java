package org.jewelers.competition.submission;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.web.problem.ProblemException;

/** How stored files of submissions are taken in, read back and answered, to entrants, staff and judges alike. */
public final class StoredFiles {

    private StoredFiles() {
    }

    /**
     * With the type recognised at upload, which browsers must not second-guess (nosniff), and cached only by the
     * viewer's own browser: the files are unpublished work.
     */
    public static Response.ResponseBuilder answer(FileContent file) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        return Response.ok(file.bytes(), file.mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }

    /** The file as stored; its ETag is its SHA-256. */
    public static Response file(FileContent file) {
        return answer(file).tag(file.sha256()).build();
    }

    /**
     * A file the public may see (an image of published results): cacheable by anyone for {@code maxAge}, its ETag the
     * stored file's SHA-256 (a thumbnail's marked as such), and 304 when the client already holds it. Nothing but
     * the stored bytes is answered, so what was stripped at intake stays stripped.
     */
    public static Response published(FileContent file, boolean thumbnail, Request request, Duration maxAge) {
        EntityTag tag = new EntityTag(thumbnail ? file.sha256() + "-thumbnail" : file.sha256());
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(file.bytes(), file.mediaType()).header("X-Content-Type-Options", "nosniff");
        return answer.tag(tag).cacheControl(cache).build();
    }

    /**
     * The stored file of the entity {@code entity} (a {@link StoredFile}) that {@code where} selects, or its
     * thumbnail; selected alone, so that describing files never loads their bytes.
     */
    public static FileContent select(EntityManager entities, String entity, String where, Map<String, Object> parameters,
                                     boolean thumbnail, Supplier<ProblemException> missing) {
        var query = entities.createQuery("select f.mediaType, " + (thumbnail ? "f.thumbnail" : "f.content")
                + ", f.sha256 from " + entity + " f where " + where, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst()
                .map(row -> new FileContent(thumbnail ? "image/jpeg" : (String) row[0], (byte[]) row[1], (String) row[2]))
                .orElseThrow(missing);
    }

    /**
     * The uploaded file part, refused before any work is spent on it when it is missing ({@code what} names it) or
     * larger than any file is accepted.
     */
    public static FileUpload required(FileUpload upload, String what) {
        if (upload == null) {
            throw ProblemException.invalid("file", "is required: the " + what + " as a file part");
        }
        EntryFile.requireWithinLimit(upload.size());
        return upload;
    }

    public static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload's temporary file is gone", e);
        }
    }
}
