-- libs/leases: one row per kind of background work that runs on one replica at a time. Whoever holds the row
-- until expires_at runs the work; fence grows with every acquisition, so a holder that lost its lease can tell.
-- The rate windows' clean-up runs under it.
create table background_lease (
    name        text        primary key,
    holder      text,
    fence       bigint      not null default 0,
    acquired_at timestamptz,
    expires_at  timestamptz not null default '-infinity'
);
