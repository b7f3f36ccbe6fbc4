package org.jewelers.careers.program;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An education program as the public reads it. */
@Schema(name = "Program")
public record ProgramView(UUID id,
                          @Schema(example = "Jewelry Making and Repair") String name,
                          @Schema(example = "North Bennet Street School") String institution,
                          ProgramKind kind,
                          @Schema(example = "Full-time certificate") String level,
                          String description,
                          @Schema(description = "The program's web page; null when it has none", nullable = true) String url,
                          boolean online,
                          Place location,
                          @Schema(example = "[\"design-and-production\"]") List<String> areas,
                          long version) {

    /**
     * Where a program is taught. Described as nullable here rather than on the field: a field's own annotation would
     * add an object type beside the reference, which null does not match.
     */
    @Schema(name = "ProgramPlace", description = "Where the program is taught; null for online-only programs",
            nullable = true)
    public record Place(@Schema(example = "Boston") String city, @Schema(example = "MA") String state,
                        @Schema(example = "02113") String zip) {
    }

    static ProgramView of(EducationProgram program) {
        return new ProgramView(program.id, program.name, program.institution, program.kind, program.level,
                program.description, program.url, program.online,
                program.zip == null ? null : new Place(program.city, program.state, program.zip),
                List.copyOf(program.areas), program.version);
    }
}
