-- Judging rounds: one pre-judging and one final round per edition, each with its rubric. The finals hold the entries
-- staff advanced; pre-judging holds every accepted entry, so it needs no table of its own.
create table round (
    id         uuid primary key,
    edition_id uuid        not null references edition (id),
    stage      varchar(20) not null check (stage in ('PRE_JUDGING', 'FINALS')),
    scale_min  int         not null,
    scale_max  int         not null check (scale_max > scale_min),
    opens_at   timestamptz not null,
    closes_at  timestamptz not null check (closes_at > opens_at),
    version    bigint      not null,
    created_at timestamptz not null,
    unique (edition_id, stage)
);

create table round_criterion (
    round_id uuid          not null references round (id) on delete cascade,
    position int           not null,
    code     varchar(60)   not null,
    name     varchar(200)  not null,
    weight   numeric(6, 3) not null check (weight > 0),
    primary key (round_id, position),
    unique (round_id, code)
);

create table round_finalist (
    round_id uuid not null references round (id) on delete cascade,
    entry_id uuid not null references entry (id),
    primary key (round_id, entry_id)
);
