package org.jewelers.careers.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A slug an article has or once had; it stays the article's for good so that shared links keep working. */
@Entity
@Table(name = "article_slug")
public class ArticleSlug {

    @Id
    public String slug;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;
}
