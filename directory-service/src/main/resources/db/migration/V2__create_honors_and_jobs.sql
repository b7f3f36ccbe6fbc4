-- Read models fed by other services' events: honors from competition awards, open positions from careers jobs.
-- No foreign key to member: an event may name a member this directory does not list (yet); it is kept, and
-- shows as soon as the member does.
create table member_honor (
    award_id     uuid primary key,
    member_id    uuid         not null,
    program      varchar(20)  not null,
    edition_year int          not null,
    category     varchar(100),
    title        varchar(300) not null
);
create index member_honor_member on member_honor (member_id);

create table member_job (
    job_id    uuid primary key,
    member_id uuid         not null,
    title     varchar(200) not null,
    open      boolean      not null
);
create index member_job_open on member_job (member_id) where open;
