-- Articles and stories written by staff. Only published rows whose publish_at has passed are public; publish_at in
-- the future is a scheduled publication, so no job has to flip a flag at that instant.
create table article (
    id          uuid          primary key,
    slug        varchar(120)  not null unique,
    kind        varchar(10)   not null check (kind in ('ARTICLE', 'STORY')),
    title       varchar(200)  not null,
    summary     varchar(500)  not null,
    body        text          not null,
    area        varchar(60)   references career_area (slug),
    tags        text[]        not null default '{}',
    state       varchar(12)   not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    publish_at  timestamptz,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    search      tsvector generated always as (
                    setweight(to_tsvector('english', title), 'A')
                    || setweight(to_tsvector('english', summary), 'B')
                    || setweight(to_tsvector('english', body), 'C')) stored,
    check (state <> 'PUBLISHED' or publish_at is not null)
);
create index article_public on article (publish_at desc) where state = 'PUBLISHED';
create index article_tags on article using gin (tags);
create index article_search on article using gin (search);

-- Every slug an article has ever had, its current one included: links once shared keep working (301 to the
-- current slug), and no other article can take them over.
create table article_slug (
    slug       varchar(120) primary key,
    article_id uuid         not null references article (id)
);
create index article_slug_article on article_slug (article_id);

-- Who changed an article, when, and what changed: {"field": {"from": ..., "to": ...}}.
create table article_revision (
    id         bigint       generated always as identity primary key,
    article_id uuid         not null references article (id),
    at         timestamptz  not null,
    actor      varchar(200) not null,
    action     varchar(20)  not null,
    changes    text         not null
);
create index article_revision_article on article_revision (article_id, id);
