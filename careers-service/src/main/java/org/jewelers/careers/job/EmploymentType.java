package org.jewelers.careers.job;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** How a position is held; each maps to the schema.org employmentType value search engines read. */
public enum EmploymentType implements Coded {
    FULL_TIME("full-time", "FULL_TIME"),
    PART_TIME("part-time", "PART_TIME"),
    CONTRACTOR("contractor", "CONTRACTOR"),
    TEMPORARY("temporary", "TEMPORARY"),
    INTERN("intern", "INTERN"),
    // schema.org has no apprenticeship or seasonal value; Google's guidance is OTHER or the nearest fit.
    APPRENTICE("apprentice", "OTHER"),
    SEASONAL("seasonal", "TEMPORARY");

    private final String code;
    private final String schemaOrg;

    EmploymentType(String code, String schemaOrg) {
        this.code = code;
        this.schemaOrg = schemaOrg;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String schemaOrg() {
        return schemaOrg;
    }
}
