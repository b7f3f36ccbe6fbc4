package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.stripestub.StripeStub;

/**
 * Loads the demo records the first time a stack starts on its data, through the gateway and the services' own APIs
 * (never into their tables), and leaves a marker so that a second start keeps what users changed since.
 */
final class DemoData {

    private final DemoApi api;
    private final DemoCompetitions.Entrants entrants;
    private final DemoPastEditions.People people;
    private final DemoMailbox mailbox;
    private final StripeStub stripe;

    DemoData(URI gateway, DevTokens tokens, URI mailbox, StripeStub stripe) {
        this.api = new DemoApi(gateway, tokens.staff());
        this.entrants = (subject, memberId) -> new DemoApi(gateway, tokens.mint(subject, "entrant", memberId));
        this.people = (subject, name, memberId) -> new DemoApi(gateway, tokens.mint(subject, "entrant", memberId, name));
        this.mailbox = new DemoMailbox(mailbox);
        this.stripe = stripe;
    }

    /** Returns how many records were added; 0 when the marker says they were loaded before. */
    int loadOnce(Path marker) {
        if (Files.exists(marker)) {
            return 0;
        }
        JsonNode taxonomy = api.get("/api/v1/services");
        List<JsonNode> firms = new ArrayList<>();
        for (Map<String, Object> firm : DemoFirms.all(ZipPlaces.load(), codes(taxonomy.path("services")),
                codes(taxonomy.path("credentials")))) {
            JsonNode created = api.create("/api/v1/members", firm);
            if (created != null) {
                firms.add(created);
            }
        }
        LocalDate today = LocalDate.now();
        int added = firms.size() + DemoCompetitions.load(api, entrants, mailbox, stripe, firms, today)
                + DemoPastEditions.load(api, people, firms, today) + DemoCareers.load(api, firms, today);
        try {
            Files.writeString(marker, "demo data loaded; delete this file (or run ./run.sh --reset) to load again\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    private static List<String> codes(JsonNode terms) {
        List<String> codes = new ArrayList<>();
        terms.forEach(term -> codes.add(term.path("code").asText()));
        return codes;
    }
}
