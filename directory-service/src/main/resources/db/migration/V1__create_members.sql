-- Contrib modules only (no PostGIS): earthdistance for radius search, pg_trgm and fuzzystrmatch for typo-tolerant
-- text search. earthdistance is not a trusted extension: where the service's user may not create it, the
-- database's administrator creates all four first (./run.sh and deployment/postgres/init.sh do).
create extension if not exists cube;
create extension if not exists earthdistance;
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table member (
    id             uuid primary key,
    number         varchar(20)   not null unique,
    name           varchar(200)  not null,
    kind           varchar(20)   not null check (kind in ('RETAILER', 'SUPPLIER', 'MANUFACTURER', 'SERVICE_PROVIDER')),
    standing       varchar(20)   not null check (standing in ('ACTIVE', 'GRACE', 'LAPSED', 'SUSPENDED')),
    member_since   date          not null,
    code_year      int,
    description    varchar(2000),
    website        varchar(300),
    phone          varchar(40),
    email          varchar(200),
    show_website   boolean       not null default true,
    show_phone     boolean       not null default true,
    show_email     boolean       not null default true,
    opted_out      boolean       not null default false,
    version        bigint        not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index member_name_trgm on member using gin (lower(name) gin_trgm_ops);

create table location (
    id         uuid primary key,
    member_id  uuid          not null references member (id) on delete cascade,
    position   int           not null,
    address    varchar(200)  not null,
    city       varchar(100)  not null,
    state      varchar(2)    not null,
    zip        varchar(5)    not null,
    phone      varchar(40),
    latitude   double precision not null,
    longitude  double precision not null,
    time_zone  varchar(64)   not null,
    unique (member_id, position)
);
create index location_member on location (member_id);
create index location_point on location using gist (ll_to_earth(latitude, longitude));
create index location_city_trgm on location using gin (lower(city) gin_trgm_ops);
create index location_state on location (state);

create table location_hours (
    location_id uuid     not null references location (id) on delete cascade,
    position    int      not null,
    day         smallint not null check (day between 1 and 7),
    opens       time     not null,
    closes      time     not null check (closes > opens),
    primary key (location_id, position)
);

create table member_service (
    member_id uuid        not null references member (id) on delete cascade,
    service   varchar(40) not null,
    primary key (member_id, service)
);
create index member_service_service on member_service (service);

create table member_credential (
    member_id  uuid         not null references member (id) on delete cascade,
    position   int          not null,
    holder     varchar(200) not null,
    credential varchar(40)  not null,
    expires_on date,
    primary key (member_id, position)
);

create table member_history (
    id         bigserial primary key,
    member_id  uuid         not null references member (id) on delete cascade,
    at         timestamptz  not null,
    actor      varchar(200) not null,
    action     varchar(40)  not null,
    changes    text         not null
);
create index member_history_member on member_history (member_id, id);
