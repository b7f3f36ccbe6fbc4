-- The judges of an edition, as staff enrol them: whom the system can write to (name, email) and the member firm the
-- judge works at, if any, whose entries and nominees the judge never gets. Rounds assign only judges on the roster.
-- Assignments made before the roster existed stay as they are.
create table judge (
    edition_id    uuid         not null references edition (id),
    judge_subject varchar(200) not null,
    name          varchar(200) not null,
    email         varchar(320) not null,
    member_id     uuid,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    primary key (edition_id, judge_subject)
);
create index judge_member on judge (member_id);

-- A round of a 20 Under 40 edition judges dossiers (one per nominee) instead of entries: an assignment is of exactly
-- one of them, so that assigning, scoring, recusing, progress and standings are one code path for both programs.
alter table judge_assignment alter column entry_id drop not null;
alter table judge_assignment add column dossier_id uuid references dossier (id);
alter table judge_assignment add constraint judge_assignment_judges_one
    check ((entry_id is null) <> (dossier_id is null));
alter table judge_assignment add constraint judge_assignment_round_dossier_judge_key
    unique (round_id, dossier_id, judge_subject);

-- A 20 Under 40 list's number of honorees, when not the program's usual 20: the standings' top places it names are
-- confirmed without a reason.
alter table edition_category add column honorees int check (honorees > 0);
