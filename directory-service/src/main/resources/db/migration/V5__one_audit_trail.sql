-- One audit trail for the service (libs/audit): who did what to which subject and when, newest first by id. Members
-- are its only subject here; their changes are field-by-field differences.
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

-- Every change kept so far, in the order it was written. A standing change or a departure carried its reason in
-- its action ("left: Retired"); the reason now has a column of its own.
insert into audit_trail (subject_type, subject_id, at, actor, action, reason, changes)
select 'member', member_id, at, actor,
       regexp_replace(action, '^(standing-changed|left): .*$', '\1'),
       substring(action from '^(?:standing-changed|left): (.*)$'),
       changes::json
from member_history
order by id;

drop table member_history;
