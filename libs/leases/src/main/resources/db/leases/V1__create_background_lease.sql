-- One row per kind of background work that must run on one replica at a time. Whoever holds the row until
-- expires_at runs the work; fence grows with every acquisition, so a holder that lost its lease can tell.
create table background_lease (
    name        text        primary key,
    holder      text,
    fence       bigint      not null default 0,
    acquired_at timestamptz,
    expires_at  timestamptz not null default '-infinity'
);
