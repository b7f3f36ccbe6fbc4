package org.jewelers.gateway.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.gateway.keys.KeyAccess;
import org.jewelers.web.problem.ProblemException;

/** What a partner can see of its keys' use, as the gateway counted it; staff see every key's. */
@Path("/api/v1/api-keys/{id}/usage")
@Tag(name = "API keys")
@RolesAllowed({"staff", "partner"})
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    /** The longest range one request may ask for: a year, leap day included. */
    static final int MAX_DAYS = 366;
    /** Days outside these years are no one's usage, and far-off ones overflow dates on the way to the database. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    /** The range without {@code from}: the last 30 days. */
    private static final int DEFAULT_DAYS = 30;

    private final KeyAccess access;
    private final UsageStore store;
    private final Clock clock;

    UsageResource(KeyAccess access, UsageStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getApiKeyUsage", summary = "A key's usage per day",
            description = "One row per UTC day from `from` to `to` (both included, at most " + MAX_DAYS + " days): "
                    + "answers by status class, 429s, directory searches by the state and 3-digit prefix of the ZIP "
                    + "they named, searches without a result, and the 95th-percentile latency. No client addresses "
                    + "and no queries are kept. Each gateway process adds its counts every 10 s, so today's row may "
                    + "lag that much. Staff see any key; a partner's administrator their partner's.")
    @APIResponse(responseCode = "200", description = "The key's usage",
            content = @Content(schema = @Schema(implementation = KeyUsage.class)))
    @APIResponse(responseCode = "400", description = "A date that is not YYYY-MM-DD or not in 2000-2999, `from` "
            + "after `to`, or a range over " + MAX_DAYS + " days")
    @APIResponse(responseCode = "404", description = "No key has this id, or it is another partner's")
    public KeyUsage usage(@PathParam("id") UUID id,
                          @QueryParam("from") @Parameter(description = "First day (UTC), YYYY-MM-DD; 29 days before "
                                  + "`to` by default", example = "2026-12-01") String from,
                          @QueryParam("to") @Parameter(description = "Last day (UTC), YYYY-MM-DD; today by default",
                                  example = "2026-12-02") String to) {
        LocalDate last = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : day("to", to);
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "is after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalid("from", "the range is over " + MAX_DAYS + " days; ask for less at a time");
        }
        access.visible(id);
        return new KeyUsage(id, first, last, store.read(id, first, last));
    }

    private static LocalDate day(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a day, YYYY-MM-DD");
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw ProblemException.invalid(field, "must be between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return day;
    }
}
