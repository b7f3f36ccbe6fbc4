-- 20 Under 40. Nominations of one person (the same email, case aside) in one edition share a dossier; staff confirm
-- a dossier as an honoree, which grants its award once.
create table dossier (
    id               uuid primary key,
    edition_id       uuid          not null references edition (id),
    list             varchar(60)   not null,
    nominee_email    varchar(320)  not null,
    nominee_name     varchar(200)  not null,
    award_id         uuid unique,
    honored_at       timestamptz,
    honored_by       varchar(200),
    version          bigint        not null,
    created_at       timestamptz   not null,
    unique (edition_id, nominee_email)
);
create index dossier_list on dossier (edition_id, list);

create table nomination (
    id                  uuid primary key,
    edition_id          uuid          not null references edition (id),
    list                varchar(60),
    nominated_by        varchar(20)   not null check (nominated_by in ('SELF', 'COLLEAGUE')),
    owner_subject       varchar(200)  not null,
    nominator_name      varchar(200),
    nominator_email     varchar(320),
    nominator_member_id uuid,
    nominee_name        varchar(200),
    nominee_email       varchar(320)  not null,
    date_of_birth       date,
    job_title           varchar(200),
    employer_member_id  uuid,
    full_time           boolean,
    years_in_industry   int check (years_in_industry >= 0),
    attested            boolean       not null,
    essay_achievements  varchar(5000),
    essay_contribution  varchar(5000),
    essay_vision        varchar(5000),
    status              varchar(20)   not null check (status in ('DRAFT', 'AWAITING_CONSENT', 'CONSENT_DECLINED',
                                                                 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
    eligibility         text,
    submitted_at        timestamptz,
    consent_token_hash  varchar(64) unique,
    consent_expires_at  timestamptz,
    consented_at        timestamptz,
    screening_reason    varchar(1000),
    dossier_id          uuid references dossier (id),
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index nomination_owner on nomination (owner_subject, created_at desc);
create index nomination_edition on nomination (edition_id, list, status);
create index nomination_dossier on nomination (dossier_id);

-- The nominee's photo, cleaned like entry images and stored with the nomination in one transaction.
create table nomination_photo (
    nomination_id uuid primary key references nomination (id) on delete cascade,
    media_type    varchar(40)  not null,
    width         int          not null,
    height        int          not null,
    size_bytes    int          not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    thumbnail     bytea        not null,
    created_at    timestamptz  not null
);

create table nomination_history (
    id            bigserial primary key,
    nomination_id uuid          not null references nomination (id) on delete cascade,
    at            timestamptz   not null,
    actor         varchar(200)  not null,
    action        varchar(20)   not null,
    from_status   varchar(20),
    to_status     varchar(20)   not null,
    reason        varchar(1000)
);
create index nomination_history_nomination on nomination_history (nomination_id, id);
