-- CASE entries. Files (images) come later in a table of their own keyed by entry_id; the receipt's canonical form
-- already lists their checksums.
create table entry (
    id                       uuid primary key,
    edition_id               uuid          not null references edition (id),
    category                 varchar(60)   not null,
    owner_subject            varchar(200)  not null,
    member_id                uuid,
    title                    varchar(200),
    description              varchar(5000),
    materials_and_techniques varchar(2000),
    retail_value_cents       bigint check (retail_value_cents >= 0),
    no_makers_mark_visible   boolean       not null,
    status                   varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    eligibility              text,
    submitted_at             timestamptz,
    receipt_sha256           varchar(64),
    screening_reason         varchar(1000),
    flagged                  boolean       not null default false,
    flag_reason              varchar(1000),
    version                  bigint        not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null
);
create index entry_owner on entry (owner_subject, created_at desc);
create index entry_edition on entry (edition_id, category, status);
create index entry_firm on entry (member_id, edition_id, status);

create table entry_history (
    id          bigserial primary key,
    entry_id    uuid          not null references entry (id) on delete cascade,
    at          timestamptz   not null,
    actor       varchar(200)  not null,
    action      varchar(20)   not null,
    from_status varchar(20),
    to_status   varchar(20)   not null,
    reason      varchar(1000)
);
create index entry_history_entry on entry_history (entry_id, id);
