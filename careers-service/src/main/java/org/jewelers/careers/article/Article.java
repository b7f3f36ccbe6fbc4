package org.jewelers.careers.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article or story; public once published and its publication instant has come. */
@Entity
public class Article {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    public String area;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleState state;

    /** For a published article, the instant it appears (or appeared) to the public. */
    @Column(name = "publish_at")
    public Instant publishAt;

    /** For a spotlight: the award (a CASE winner or a 20 Under 40 honoree) it was drafted from. */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isPublicAt(Instant now) {
        return state == ArticleState.PUBLISHED && !publishAt.isAfter(now);
    }
}
