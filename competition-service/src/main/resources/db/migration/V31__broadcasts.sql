-- A message staff send to a segment of an edition's people (draft holders, submitters, finalists, judges not
-- finished). The POST keeps the broadcast and its recipients, resolved then; the notice sweep (ReminderSweep, under
-- its lease) turns them into notices in batches, each batch one transaction that also moves expanded_through, the
-- last recipient (in address order) whose notice was decided. A replica that dies midway leaves the cursor at its
-- last committed batch, and the next sweep goes on from there; the notices' keys (broadcast id, slot sent,
-- recipient) keep a batch done twice from sending twice.
create table broadcast (
    id               uuid primary key,
    edition_id       uuid          not null references edition (id) on delete cascade,
    segment          varchar(40)   not null,
    subject          varchar(200)  not null,
    message          varchar(10000) not null,
    status           varchar(20)   not null check (status in ('expanding', 'queued')),
    recipients       int           not null,
    expanded_through varchar(320)  collate "C" not null default '',
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    expanded_at      timestamptz,
    -- A retried POST with the same Idempotency-Key answers the same broadcast (the same request: same fingerprint).
    idempotency_key  varchar(200),
    fingerprint      varchar(64),
    unique (created_by, idempotency_key)
);
create index broadcast_edition on broadcast (edition_id, created_at desc);
create index broadcast_expanding on broadcast (created_at) where status = 'expanding';

-- Who a broadcast goes to: the segment's distinct addresses, lower case, less those unsubscribed from broadcasts
-- when it was sent. Ordered bytewise (collation C), the same on every server, as the cursor walks them.
create table broadcast_recipient (
    broadcast_id uuid         not null references broadcast (id) on delete cascade,
    recipient    varchar(320) collate "C" not null,
    primary key (broadcast_id, recipient)
);
