package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.fee.FeeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Proof of a submit: when the server took it, and a checksum of exactly what was submitted. */
@Schema(name = "Receipt", description = Receipt.CANONICAL_FORM)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(UUID entryId,
                      @Schema(description = "The server's time of the submit", example = "2027-06-28T14:03:12.345Z") Instant submittedAt,
                      @Schema(description = "SHA-256, in lowercase hex, of the entry's canonical form",
                              example = "9f2c4e0b7a1d3c5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6")
                      String sha256,
                      @Schema(description = "What was paid for the entry, or that its fee was waived; absent for a "
                              + "free entry") FeeView fee) {

    static final String CANONICAL_FORM = """
            `sha256` is the SHA-256 of the UTF-8 bytes of the entry's canonical form: the RFC 8785 (JSON \
            Canonicalization Scheme) serialization of the object {"entryId", "editionId", "category", "title", \
            "description", "materialsAndTechniques", "retailValueCents", "currency", "noMakersMarkVisible", "files"}, \
            its strings exactly as stored (as GET /api/v1/entries/{id} shows them), `retailValueCents` an integer, \
            `currency` "USD", and `files` an array, in the entry's order (as GET /api/v1/entries/{id} lists `images`), \
            of {"kind", "sha256"} per image: `kind` "photo" or "rendering", `sha256` the SHA-256 of the file as \
            stored (after its identifying metadata was removed; GET /api/v1/entries/{id}/images/{imageId} answers \
            exactly those bytes) in lowercase hex. \
            Members are sorted by key and written without whitespace, so anyone can recompute it from the entry.""";

    /** The entry's canonical form, as {@link #CANONICAL_FORM} documents it. */
    static String canonicalForm(Entry entry, List<EntryImage> files) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("entryId", entry.id.toString());
        form.put("editionId", entry.edition.id.toString());
        form.put("category", entry.category);
        form.put("title", entry.title);
        form.put("description", entry.description);
        form.put("materialsAndTechniques", entry.materialsAndTechniques);
        form.put("retailValueCents", entry.retailValueCents);
        form.put("currency", EntryView.CURRENCY);
        form.put("noMakersMarkVisible", entry.noMakersMarkVisible);
        form.put("files", files.stream().map(f -> Map.of("kind", f.kind.code(), "sha256", f.sha256)).toList());
        return CanonicalJson.write(form);
    }

    static Receipt of(Entry entry, FeeView fee) {
        return new Receipt(entry.id, entry.submittedAt, entry.receiptSha256, fee);
    }
}
