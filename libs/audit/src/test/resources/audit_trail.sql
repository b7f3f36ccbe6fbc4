-- The table each service creates in its own migration (see the library's README).
create table audit_trail (
    id           bigint        generated always as identity primary key,
    subject_type varchar(40)   not null,
    subject_id   uuid          not null,
    at           timestamptz   not null,
    actor        varchar(200)  not null,
    action       varchar(60)   not null,
    from_status  varchar(40),
    to_status    varchar(40),
    reason       varchar(1000),
    changes      json          not null default '{}'
);
create index audit_trail_subject on audit_trail (subject_type, subject_id, id);
