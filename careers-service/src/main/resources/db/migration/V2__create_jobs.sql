-- Contrib modules only (no PostGIS): earthdistance for radius search; pg_trgm for the text indexes of later content.
create extension if not exists cube;
create extension if not exists earthdistance;
create extension if not exists pg_trgm;

-- A job posting by a member firm. member_id names a firm of the member_firm read model (kept by the member-firms
-- library, migrated after Flyway, hence no foreign key). A posting is open while close_reason is null.
create table job (
    id              uuid          primary key,
    member_id       uuid          not null,
    title           varchar(200)  not null,
    area            varchar(60)   not null references career_area (slug),
    employment_type varchar(20)   not null check (employment_type in
                        ('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'APPRENTICE', 'SEASONAL')),
    description     text          not null,
    how_to_apply    varchar(2000) not null,
    city            varchar(100)  not null,
    state           varchar(2)    not null,
    zip             varchar(5)    not null,
    latitude        double precision not null,
    longitude       double precision not null,
    time_zone       varchar(64)   not null,
    valid_through   date          not null,
    -- The end of valid_through in the posting's own time zone: the instant it expires.
    expires_at      timestamptz   not null,
    posted_at       timestamptz   not null,
    close_reason    varchar(20)   check (close_reason in ('FILLED', 'EXPIRED', 'WITHDRAWN', 'EMPLOYER_LAPSED')),
    closed_at       timestamptz,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    search          tsvector generated always as (
                        setweight(to_tsvector('english', title), 'A')
                        || setweight(to_tsvector('english', description), 'B')) stored,
    check ((close_reason is null) = (closed_at is null))
);
create index job_open_member on job (member_id) where close_reason is null;
create index job_open_expiry on job (expires_at) where close_reason is null;
create index job_point on job using gist (ll_to_earth(latitude, longitude)) where close_reason is null;
create index job_search on job using gin (search);
