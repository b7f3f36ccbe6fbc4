package org.jewelers.careers.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A degree, certificate, course, youth class or camp; online, at a place, or both. */
@Entity
@Table(name = "education_program")
public class EducationProgram {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramKind kind;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public String description;

    public String url;

    @Column(nullable = false)
    public boolean online;

    public String city;

    public String state;

    public String zip;

    public Double latitude;

    public Double longitude;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> areas;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
