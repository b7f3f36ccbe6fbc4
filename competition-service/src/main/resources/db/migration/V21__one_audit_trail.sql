-- One audit trail for the service (libs/audit): who did what to which subject and when, newest first by id.
-- Entries and nominations are its subjects here; their steps go from one status to another, with a reason.
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

-- Every step kept so far, in the order it was written. The old tables held the Java names of the statuses
-- (AWAITING_CONSENT); the trail holds the codes the API answers with (awaiting-consent).
insert into audit_trail (subject_type, subject_id, at, actor, action, from_status, to_status, reason)
select 'entry', entry_id, at, actor, action,
       lower(replace(from_status, '_', '-')), lower(replace(to_status, '_', '-')), reason
from entry_history
order by id;

insert into audit_trail (subject_type, subject_id, at, actor, action, from_status, to_status, reason)
select 'nomination', nomination_id, at, actor, action,
       lower(replace(from_status, '_', '-')), lower(replace(to_status, '_', '-')), reason
from nomination_history
order by id;

drop table entry_history;
drop table nomination_history;

-- A deleted draft took its history with it (on delete cascade); the trail names no table it could cascade from.
create function forget_audited_subject() returns trigger language plpgsql as $$
begin
    delete from audit_trail where subject_type = tg_argv[0] and subject_id = old.id;
    return old;
end $$;
create trigger entry_forgets_its_trail after delete on entry
    for each row execute function forget_audited_subject('entry');
create trigger nomination_forgets_its_trail after delete on nomination
    for each row execute function forget_audited_subject('nomination');
