package org.jewelers.careers.profile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One job in the industry: what it is, the work, the skills, the ways in and what it pays. */
@Entity
@Table(name = "career_profile")
public class CareerProfile {

    @Id
    public String slug;

    @Column(nullable = false)
    public String area;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tasks;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> skills;

    @Column(nullable = false)
    public String education;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> certifications;

    @Column(name = "salary_min_cents", nullable = false)
    public long salaryMinCents;

    @Column(name = "salary_max_cents", nullable = false)
    public long salaryMaxCents;

    @Column(name = "salary_source", nullable = false)
    public String salarySource;

    @Column(name = "salary_year", nullable = false)
    public int salaryYear;

    @ElementCollection
    @CollectionTable(name = "career_profile_related", joinColumns = @JoinColumn(name = "profile"))
    @Column(name = "related")
    public Set<String> related;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
