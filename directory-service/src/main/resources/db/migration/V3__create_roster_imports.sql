-- Roster imports run as background jobs. The uploaded file is kept with its job, so that an accepted upload is not
-- lost if the process stops before the job has run; a restarted service picks up the jobs left unfinished.
create table roster_import (
    id              uuid primary key,
    status          varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    submitted_by    varchar(200) not null,
    submitted_at    timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    rows_read       int          not null default 0,
    members_in_file int          not null default 0,
    created         int          not null default 0,
    updated         int          not null default 0,
    unchanged       int          not null default 0,
    rejected        int          not null default 0,
    failure         varchar(2000)
);
create index roster_import_unfinished on roster_import (submitted_at) where status in ('QUEUED', 'RUNNING');

create table roster_import_file (
    import_id uuid  primary key references roster_import (id) on delete cascade,
    content   bytea not null
);

create table roster_import_rejection (
    id            uuid primary key,
    import_id     uuid          not null references roster_import (id) on delete cascade,
    line          int           not null,
    member_number varchar(100),
    reason        varchar(4000) not null,
    unique (import_id, line)
);
