create table edition (
    id         uuid primary key,
    program    varchar(20)  not null check (program in ('CASE_AWARDS', 'TWENTY_UNDER_FORTY')),
    year       int          not null,
    title      varchar(200) not null,
    time_zone  varchar(64)  not null,
    opens_at   timestamptz  not null,
    closes_at  timestamptz  not null check (closes_at > opens_at),
    age_cutoff date,
    version    bigint       not null,
    created_at timestamptz  not null,
    unique (program, year)
);

create table edition_category (
    edition_id      uuid         not null references edition (id) on delete cascade,
    position        int          not null,
    code            varchar(60)  not null,
    name            varchar(200) not null,
    division        varchar(20),
    min_value_cents bigint,
    max_value_cents bigint,
    enterable       boolean      not null,
    primary key (edition_id, position),
    unique (edition_id, code)
);

create table edition_milestone (
    edition_id uuid         not null references edition (id) on delete cascade,
    position   int          not null,
    name       varchar(200) not null,
    at         timestamptz  not null,
    primary key (edition_id, position)
);
