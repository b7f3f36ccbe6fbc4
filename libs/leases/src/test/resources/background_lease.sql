-- libs/leases: one row per kind of background work that runs on one replica at a time. Whoever holds the row
-- until expires_at runs the work; fence grows with every acquisition, so a holder that lost its lease can tell.
-- "If not exists": the library created this table itself before (history in leases_schema_history).
create table if not exists background_lease (
    name        text        primary key,
    holder      text,
    fence       bigint      not null default 0,
    acquired_at timestamptz,
    expires_at  timestamptz not null default '-infinity'
);
