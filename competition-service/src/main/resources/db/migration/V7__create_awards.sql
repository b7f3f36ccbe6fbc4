-- Results: entries end as winner, finalist or not selected; winners get an award with the public citation.
alter table entry drop constraint entry_status_check;
alter table entry add constraint entry_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'WINNER', 'FINALIST', 'NOT_SELECTED'));

-- The entrant's name from their token when they created the entry: the designer the public citation names.
alter table entry add column designer_name varchar(200);

alter table round add column confirmed_at timestamptz;

-- One award per category (Best in Show included) per edition: confirming again cannot grant a second.
create table award (
    id         uuid primary key,
    edition_id uuid         not null references edition (id),
    category   varchar(60)  not null,
    entry_id   uuid         not null references entry (id),
    granted_at timestamptz  not null,
    unique (edition_id, category)
);
