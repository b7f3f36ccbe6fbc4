package org.jewelers.directory.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.directory.member.LocationInput;
import org.jewelers.directory.member.NewMember;
import org.jewelers.directory.member.Places;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * Reads a member's rows into the request the staff API takes and checks it by the API's own rules, Bean Validation
 * then Places, so that a file and the API never disagree on what a valid member is. A member is valid only when
 * all its rows are.
 */
@ApplicationScoped
class RosterChecks {

    private static final Map<String, String> FIRM_COLUMNS = Map.of(
            "number", RosterFile.MEMBER_NUMBER, "memberSince", "member_since");
    private static final Map<String, String> LOCATION_COLUMNS = Map.of(
            "address", "location_address", "city", "location_city", "state", "location_state",
            "zip", "location_zip", "phone", "location_phone", "timeZone", "time_zone");

    private final Validator validator;
    private final Places places;

    RosterChecks(Validator validator, Places places) {
        this.validator = validator;
        this.places = places;
    }

    Verdict check(List<RosterRow> rows) {
        Findings findings = new Findings(rows);
        RosterRow first = rows.get(0);
        for (int i = 0; i < rows.size(); i++) {
            RosterRow row = rows.get(i);
            if (row.malformed() != null) {
                findings.unreadableRow(i, "row", row.malformed());
            }
            for (String column : RosterFile.FIRM_COLUMNS) {
                if (!Objects.equals(row.cell(column), first.cell(column))) {
                    findings.unreadableRow(i, column, "differs from line " + first.line() + " of the same member");
                }
            }
        }
        List<LocationInput> locations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            locations.add(location(rows.get(i), i, findings));
        }
        NewMember request = new NewMember(first.cell(RosterFile.MEMBER_NUMBER), first.cell("name"),
                code(first, "kind", Kind.values(), Kind::code, findings),
                code(first, "standing", Standing.values(), Standing::code, findings),
                date(first, "member_since", findings), null, null,
                first.cell("website"), first.cell("phone"), first.cell("email"), null,
                services(first, findings), null, locations);
        validator.validate(request).forEach(violation -> report(violation, findings));
        for (int i = 0; i < rows.size(); i++) {
            if (findings.rowIsClean(i)) {
                place(locations.get(i), i, findings);
            }
        }
        return new Verdict(request.number(), request, findings.isEmpty() ? Map.of() : findings.reasons());
    }

    private void place(LocationInput location, int row, Findings findings) {
        try {
            places.place("locations", List.of(location));
        } catch (ProblemException e) {
            for (Problem.FieldError error : e.errors()) {
                String field = error.field().substring(error.field().lastIndexOf('.') + 1);
                findings.row(row, LOCATION_COLUMNS.getOrDefault(field, field), error.message());
            }
        }
    }

    private static void report(ConstraintViolation<NewMember> violation, Findings findings) {
        Integer location = null;
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                location = node.getIndex();
            }
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        if (location == null) {
            findings.firm(FIRM_COLUMNS.getOrDefault(field, field), violation.getMessage());
        } else {
            findings.row(location, LOCATION_COLUMNS.getOrDefault(field, field), violation.getMessage());
        }
    }

    private static LocationInput location(RosterRow row, int index, Findings findings) {
        return new LocationInput(row.cell("location_address"), row.cell("location_city"), row.cell("location_state"),
                row.cell("location_zip"), row.cell("location_phone"), coordinate(row, index, "latitude", findings),
                coordinate(row, index, "longitude", findings), row.cell("time_zone"), null, null);
    }

    private static Double coordinate(RosterRow row, int index, String column, Findings findings) {
        String cell = row.cell(column);
        if (cell == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other unreadable cell
        }
        findings.unreadableRow(index, column, "'" + cell + "' is not a number");
        return null;
    }

    private static <E> E code(RosterRow row, String column, E[] values, Function<E, String> code, Findings findings) {
        String cell = row.cell(column);
        if (cell == null) {
            return null;
        }
        for (E value : values) {
            if (code.apply(value).equalsIgnoreCase(cell)) {
                return value;
            }
        }
        findings.unreadableFirm(column, "'" + cell + "' is not one of "
                + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
        return null;
    }

    private static LocalDate date(RosterRow row, String column, Findings findings) {
        String cell = row.cell(column);
        try {
            return cell == null ? null : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            findings.unreadableFirm(column, "'" + cell + "' is not a date as YYYY-MM-DD");
            return null;
        }
    }

    /** Service codes separated by semicolons; an empty cell is a firm that lists no services. */
    private static Set<Service> services(RosterRow row, Findings findings) {
        Set<Service> services = EnumSet.noneOf(Service.class);
        List<String> unknown = new ArrayList<>();
        String cell = row.cell("services");
        for (String code : cell == null ? new String[0] : cell.split(";")) {
            if (code.isBlank()) {
                continue;
            }
            Arrays.stream(Service.values()).filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                    .ifPresentOrElse(services::add, () -> unknown.add("'" + code.strip() + "'"));
        }
        if (!unknown.isEmpty()) {
            findings.unreadableFirm("services", String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not a service code" : " are not service codes")
                    + " (see GET /api/v1/services)");
        }
        return services;
    }
}
