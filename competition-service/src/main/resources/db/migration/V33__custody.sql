-- Custody of finalists' pieces (package custody): each piece's journey from the request to ship it to its return,
-- and an append-only log of every step per edition, each row sealed with an HMAC over its content and the previous
-- row's HMAC, so that an edit made behind the application's back shows.

-- The edition's shipping instructions and the days after which a piece is overdue, set in the edition's PATCH.
alter table edition
    add column custody_ship_to             varchar(500),
    add column custody_ship_by             date,
    add column custody_insured_limit_cents bigint check (custody_insured_limit_cents >= 0),
    add column custody_receive_within_days int not null default 21 check (custody_receive_within_days between 1 and 365),
    add column custody_return_within_days  int not null default 30 check (custody_return_within_days between 1 and 365);

-- One finalist's piece. A finalist removed keeps its record (withdrawn): the piece still goes home.
create table custody (
    entry_id                   uuid         primary key references entry (id),
    edition_id                 uuid         not null references edition (id),
    state                      varchar(20)  not null check (state in
                                   ('requested', 'shipped', 'received', 'in-judging', 'judged', 'returning', 'returned')),
    withdrawn                  boolean      not null default false,
    carrier                    varchar(40),
    tracking_number            varchar(60),
    declared_value_cents       bigint       check (declared_value_cents >= 0),
    insured                    boolean,
    condition_notes            varchar(2000),
    storage_location           varchar(200),
    return_carrier             varchar(40),
    return_tracking_number     varchar(60),
    return_insured_value_cents bigint       check (return_insured_value_cents >= 0),
    requested_at               timestamptz  not null,
    shipped_at                 timestamptz,
    received_at                timestamptz,
    judged_at                  timestamptz,
    returning_at               timestamptz,
    returned_at                timestamptz,
    version                    bigint       not null default 0
);
create index custody_by_edition_state on custody (edition_id, state);

-- Every step of every piece of an edition, numbered from 1 per edition without gaps.
create table custody_log (
    id          bigserial    primary key,
    edition_id  uuid         not null references edition (id),
    sequence    bigint       not null,
    entry_id    uuid         not null,
    action      varchar(30)  not null,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    actor       varchar(200) not null,
    at          timestamptz  not null,
    place       varchar(200),
    details     text         not null,
    hmac        varchar(64)  not null,
    unique (edition_id, sequence)
);

create function custody_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'custody_log is append-only: % refused', tg_op;
end
$$;

create trigger custody_log_append_only
    before update or delete on custody_log
    for each row execute function custody_log_append_only();
