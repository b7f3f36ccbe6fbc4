-- Judges are token subjects: the identity provider owns them, so they have no table here.
create table judge_assignment (
    id            uuid primary key,
    round_id      uuid         not null references round (id) on delete cascade,
    entry_id      uuid         not null references entry (id),
    judge_subject varchar(200) not null,
    recused       boolean      not null,
    created_at    timestamptz  not null,
    scored_at     timestamptz,
    unique (round_id, entry_id, judge_subject)
);

create index judge_assignment_judge on judge_assignment (judge_subject, round_id);

-- The member firms a judge declared ties to; their entries are never assigned or shown to the judge.
create table judge_conflict (
    judge_subject varchar(200) not null,
    member_id     uuid         not null,
    declared_at   timestamptz  not null,
    primary key (judge_subject, member_id)
);

-- A judge's score of one criterion of one entry, revised in place until the round closes.
create table score (
    assignment_id uuid        not null references judge_assignment (id) on delete cascade,
    criterion     varchar(60) not null,
    value         int         not null,
    primary key (assignment_id, criterion)
);
