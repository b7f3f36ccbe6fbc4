-- When staff confirmed a finals round's finalists, once. From then on the set is no longer replaced: finalists are
-- added (each confirmed when added) or removed with a reason kept in the history. Notices to finalists and the
-- custody of their pieces start from these instants.
alter table round add column finalists_confirmed_at timestamptz;

create table round_finalist_confirmation (
    round_id     uuid        not null references round (id) on delete cascade,
    entry_id     uuid        not null references entry (id),
    confirmed_at timestamptz not null,
    primary key (round_id, entry_id)
);

-- The entrant's name and email as their token last carried them on a write of theirs, so that the service can write
-- to them. Null for entries written before, and for tokens without the claims. (Nominations keep theirs in
-- nominator_name and nominator_email, refreshed the same way.)
alter table entry add column owner_name varchar(200);
alter table entry add column owner_email varchar(320);
