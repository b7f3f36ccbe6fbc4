-- One audit trail for the service (libs/audit): who did what to which subject and when, newest first by id.
-- Articles are its only subject here; their revisions are field-by-field differences.
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

-- Every revision kept so far, in the order it was written.
insert into audit_trail (subject_type, subject_id, at, actor, action, changes)
select 'article', article_id, at, actor, action, changes::json
from article_revision
order by id;

drop table article_revision;
