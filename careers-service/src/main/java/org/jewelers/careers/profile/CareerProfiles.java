package org.jewelers.careers.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.careers.area.CareerAreas;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/** Career profiles: the public reads them, staff write them. */
@ApplicationScoped
public class CareerProfiles implements PanacheRepositoryBase<CareerProfile, String> {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Clock clock;
    private final CareerAreas areas;

    CareerProfiles(Clock clock, CareerAreas areas) {
        this.clock = clock;
        this.areas = areas;
    }

    public Page<CareerProfileView> page(String area, int page, int size) {
        var query = area == null ? findAll(Sort.by("title")) : find("area", Sort.by("title"), area);
        List<CareerProfile> profiles = query.page(page, size).list();
        return new Page<>(views(profiles), query.count(), page, size);
    }

    /** Every profile of every area, by title; the areas answer links them. */
    public Map<String, List<CareerProfileView.ProfileLink>> linksByArea() {
        return listAll(Sort.by("title")).stream().collect(Collectors.groupingBy(p -> p.area,
                Collectors.mapping(CareerProfileView.ProfileLink::of, Collectors.toList())));
    }

    public CareerProfileView view(String slug) {
        return views(List.of(require(slug))).get(0);
    }

    @Transactional
    public CareerProfileView create(CareerProfileContent content) {
        if (content.slug() == null || !content.slug().matches(SLUG)) {
            throw ProblemException.invalid("slug", "is required: lowercase words joined by hyphens");
        }
        if (findByIdOptional(content.slug()).isPresent()) {
            throw ProblemException.conflict("The career profile " + content.slug() + " exists; edit it instead");
        }
        CareerProfile profile = new CareerProfile();
        profile.slug = content.slug();
        apply(profile, content);
        persist(profile);
        return views(List.of(profile)).get(0);
    }

    @Transactional
    public CareerProfileView replace(String slug, CareerProfileContent content) {
        CareerProfile profile = findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Career profile", slug));
        if (content.slug() != null && !content.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "a profile's slug does not change; leave it out or repeat it");
        }
        apply(profile, content);
        flush();
        return views(List.of(profile)).get(0);
    }

    private CareerProfile require(String slug) {
        return findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("Career profile", slug));
    }

    private void apply(CareerProfile profile, CareerProfileContent content) {
        if (!areas.exists(content.area())) {
            throw ProblemException.invalid("area", "'" + content.area() + "' is not a career area; see /api/v1/career-areas");
        }
        CareerProfileContent.Salary salary = content.salary();
        if (salary.maxCents() < salary.minCents()) {
            throw ProblemException.invalid("salary.maxCents", "must be at least salary.minCents");
        }
        if (salary.currency() != null && !salary.currency().equals("USD")) {
            throw ProblemException.invalid("salary.currency", "must be USD");
        }
        LinkedHashSet<String> related = new LinkedHashSet<>(content.related() == null ? List.of() : content.related());
        for (String slug : related) {
            if (slug.equals(profile.slug) || findByIdOptional(slug).isEmpty()) {
                throw ProblemException.invalid("related", "'" + slug + "' is not another career profile");
            }
        }
        profile.area = content.area();
        profile.title = content.title().strip();
        profile.summary = content.summary().strip();
        profile.tasks = List.copyOf(content.tasks());
        profile.skills = List.copyOf(content.skills());
        profile.education = content.pathsIn().education().strip();
        profile.certifications = List.copyOf(content.pathsIn().certifications());
        profile.salaryMinCents = salary.minCents();
        profile.salaryMaxCents = salary.maxCents();
        profile.salarySource = salary.source().strip();
        profile.salaryYear = salary.year();
        profile.related = related;
        profile.updatedAt = clock.instant();
    }

    /** Views of profiles, with the titles of their related profiles read in one query. */
    private List<CareerProfileView> views(List<CareerProfile> profiles) {
        List<String> relatedSlugs = profiles.stream().flatMap(p -> p.related.stream()).distinct().toList();
        Map<String, CareerProfile> related = relatedSlugs.isEmpty() ? Map.of()
                : list("slug in ?1", relatedSlugs).stream().collect(Collectors.toMap(p -> p.slug, Function.identity()));
        return profiles.stream().map(p -> new CareerProfileView(p.slug, p.title, p.area, p.summary, List.copyOf(p.tasks),
                List.copyOf(p.skills), new CareerProfileContent.PathsIn(p.education, List.copyOf(p.certifications)),
                new CareerProfileContent.Salary(p.salaryMinCents, p.salaryMaxCents, "USD", p.salarySource, p.salaryYear),
                p.related.stream().map(related::get).sorted(Comparator.comparing(r -> r.title))
                        .map(CareerProfileView.ProfileLink::of).toList(),
                "/api/v1/career-profiles/" + p.slug, p.version)).toList();
    }
}
