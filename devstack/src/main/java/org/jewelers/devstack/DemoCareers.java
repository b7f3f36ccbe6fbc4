package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The careers section's demo content: published articles, and open jobs at demo member firms (posted by staff for
 * the firm, once the careers service has heard of the firm from the directory's events).
 */
final class DemoCareers {

    private static final int JOBS = 24;
    private static final List<String[]> POSTINGS = List.of(
            new String[] {"Bench Jeweler", "design-and-production", "Size, repair and set stones at the bench."},
            new String[] {"Sales Associate", "retail-sales", "Help customers choose engagement rings and gifts."},
            new String[] {"CAD Designer", "design-and-production", "Model custom pieces in CAD for casting."},
            new String[] {"E-commerce Coordinator", "technology-and-e-commerce", "Run our online store and listings."},
            new String[] {"Store Manager", "retail-sales", "Lead a team of six and own the store's results."},
            new String[] {"Bookkeeper", "finance-and-operations", "Keep the books, inventory and payroll in order."});

    private static final List<Map<String, Object>> ARTICLES = List.of(
            Map.of("kind", "article", "title", "How to become a bench jeweler",
                    "summary", "Apprenticeship, trade school or both: the paths into the workshop.",
                    "body", "Most bench jewelers learn at the bench beside an experienced jeweler.\n\n"
                            + "Certification such as JA Certified Bench Jeweler shows employers what you can do.",
                    "area", "design-and-production", "tags", List.of("bench", "getting-started")),
            Map.of("kind", "article", "title", "A day in jewelry retail sales",
                    "summary", "What sales associates do, and the skills that make customers come back.",
                    "body", "Sales associates help people mark the moments of their lives.\n\n"
                            + "Product knowledge, listening and trust matter more than pressure.",
                    "area", "retail-sales", "tags", List.of("retail", "getting-started")),
            Map.of("kind", "story", "title", "From the counter to CAD: one designer's path",
                    "summary", "How a sales associate became the designer behind a store's custom line.",
                    "body", "She started at the counter, sketching rings for customers.\n\n"
                            + "Evening CAD courses turned the sketches into a career.",
                    "area", "design-and-production", "tags", List.of("story", "cad")));

    private DemoCareers() {
    }

    static int load(DemoApi api, List<JsonNode> firms, LocalDate today) {
        int added = 0;
        for (Map<String, Object> article : ARTICLES) {
            JsonNode created = api.create("/api/v1/articles", article);
            if (created != null) {
                String id = created.path("id").asText();
                api.create("/api/v1/articles/" + id + "/submit", Map.of());
                api.create("/api/v1/articles/" + id + "/publish", Map.of());
                added++;
            }
        }
        List<JsonNode> listed = new ArrayList<>();
        firms.stream().filter(f -> f.path("goodStanding").asBoolean()).limit(JOBS).forEach(listed::add);
        for (int i = 0; i < listed.size(); i++) {
            JsonNode firm = listed.get(i);
            String[] posting = POSTINGS.get(i % POSTINGS.size());
            api.createEventually("/api/v1/jobs", Map.of(
                    "memberId", firm.path("id").asText(), "title", posting[0], "area", posting[1],
                    "employmentType", i % 4 == 3 ? "part-time" : "full-time",
                    "description", posting[2], "howToApply", "Write to " + firm.path("name").asText() + " at "
                            + firm.path("email").asText("the store") + ".",
                    "zip", firm.path("locations").path(0).path("zip").asText(),
                    "validThrough", today.plusDays(45 + i).toString()));
            added++;
        }
        return added;
    }
}
