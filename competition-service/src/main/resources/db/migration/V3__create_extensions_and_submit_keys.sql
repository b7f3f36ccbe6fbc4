-- One entrant's later deadline for one edition, granted by staff.
create table window_extension (
    edition_id uuid         not null references edition (id) on delete cascade,
    subject    varchar(200) not null,
    until      timestamptz  not null,
    granted_by varchar(200) not null,
    granted_at timestamptz  not null,
    primary key (edition_id, subject)
);

-- Idempotency keys of submits, per entrant: the request's fingerprint and the receipt it was answered with.
create table submit_key (
    owner_subject   varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    entry_id        uuid         not null references entry (id) on delete cascade,
    receipt         text,
    created_at      timestamptz  not null,
    primary key (owner_subject, idempotency_key)
);
