package org.jewelers.careers.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.careers.area.CareerAreas;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/** Education programs: the public finds them, staff write them. */
@ApplicationScoped
public class Programs implements PanacheRepositoryBase<EducationProgram, UUID> {

    private final Clock clock;
    private final CareerAreas areas;
    private final ZipPlaces zips;

    Programs(Clock clock, CareerAreas areas, ZipPlaces zips) {
        this.clock = clock;
        this.areas = areas;
        this.zips = zips;
    }

    /** One page by name; null filters are not applied. */
    public Page<ProgramView> page(String area, ProgramKind kind, String state, Boolean online, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("true"));
        if (area != null) {
            where.add(":area = any(areas)");
            parameters.put("area", area);
        }
        if (kind != null) {
            where.add("kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (state != null) {
            where.add("state = :state");
            parameters.put("state", state);
        }
        if (online != null) {
            where.add("online = :online");
            parameters.put("online", online);
        }
        String condition = String.join(" and ", where);
        Query ids = getEntityManager().createNativeQuery("select id from education_program where " + condition
                + " order by lower(name), id limit :limit offset :offset");
        parameters.forEach(ids::setParameter);
        ids.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.getResultList();
        Map<UUID, EducationProgram> byId = found.isEmpty() ? Map.of()
                : list("id in ?1", found).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Query count = getEntityManager().createNativeQuery("select count(*) from education_program where " + condition);
        parameters.forEach(count::setParameter);
        return new Page<>(found.stream().map(byId::get).map(ProgramView::of).toList(),
                ((Number) count.getSingleResult()).longValue(), page, size);
    }

    public ProgramView view(UUID id) {
        return ProgramView.of(findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id)));
    }

    @Transactional
    public ProgramView create(ProgramContent content) {
        EducationProgram program = new EducationProgram();
        program.id = UUID.randomUUID();
        apply(program, content);
        persist(program);
        return ProgramView.of(program);
    }

    @Transactional
    public ProgramView replace(UUID id, ProgramContent content) {
        EducationProgram program = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Program", id));
        apply(program, content);
        flush();
        return ProgramView.of(program);
    }

    private void apply(EducationProgram program, ProgramContent content) {
        LinkedHashSet<String> served = new LinkedHashSet<>(content.areas());
        for (String area : served) {
            if (!areas.exists(area)) {
                throw ProblemException.invalid("areas", "'" + area + "' is not a career area; see /api/v1/career-areas");
            }
        }
        if (content.zip() == null) {
            if (!content.online()) {
                throw ProblemException.invalid("zip", "is required for a program that is not online");
            }
            program.zip = null;
            program.city = null;
            program.state = null;
            program.latitude = null;
            program.longitude = null;
        } else {
            ZipPlace place = zips.find(content.zip())
                    .orElseThrow(() -> ProblemException.invalid("zip", content.zip() + " is not a known US ZIP code"));
            program.zip = place.zip();
            program.city = content.city() == null || content.city().isBlank() ? place.city() : content.city().strip();
            program.state = place.state();
            program.latitude = place.point().latitude();
            program.longitude = place.point().longitude();
        }
        program.name = content.name().strip();
        program.institution = content.institution().strip();
        program.kind = content.kind();
        program.level = content.level().strip();
        program.description = content.description().strip();
        program.url = content.url();
        program.online = content.online();
        program.areas = List.copyOf(served);
        program.updatedAt = clock.instant();
    }
}
