-- A weekly interval may run past midnight: a closing time before the opening time closes on the next day
-- (Friday 18:00-02:00 closes on Saturday at 2). Only an empty interval (opens = closes) is refused.
alter table location_hours drop constraint location_hours_check;
alter table location_hours add constraint location_hours_not_empty check (closes <> opens);

-- Dated exceptions to the weekly hours (holidays, special hours, closed days): on a day that has rows here, these
-- rows replace the weekday's hours. A row without times closes the location all day; rows with times are that
-- day's intervals, which may run past midnight as weekly ones do. The label (e.g. "Thanksgiving") is the same on
-- every row of a day.
create table location_exception (
    location_id uuid         not null references location (id) on delete cascade,
    position    int          not null,
    day         date         not null,
    label       varchar(100),
    opens       time,
    closes      time,
    primary key (location_id, position),
    constraint location_exception_times_together check ((opens is null) = (closes is null)),
    constraint location_exception_not_empty check (opens is null or closes <> opens)
);
create index location_exception_day on location_exception (location_id, day);

-- Whether a location is open at an instant: the single SQL definition of it, which the search's open-now filter
-- uses and org.jewelers.directory.hours.OpeningTimes follows for the hits' opensAt and closesAt. An interval
-- belongs to the day it opens on, so yesterday's late interval can still be open after midnight today, and
-- yesterday's exception decides yesterday's intervals only.
create function location_open_at(p_location uuid, p_zone text, p_at timestamptz) returns boolean
language sql stable as $$
    select exists (
        select 1
        from (select (p_at at time zone p_zone) as t) now_local
        cross join lateral (values (now_local.t::date - 1), (now_local.t::date)) as d(day)
        cross join lateral (
            select e.opens, e.closes from location_exception e
             where e.location_id = p_location and e.day = d.day and e.opens is not null
            union all
            select h.opens, h.closes from location_hours h
             where h.location_id = p_location and h.day = extract(isodow from d.day)
               and not exists (select 1 from location_exception x where x.location_id = p_location and x.day = d.day)
        ) as i
        where now_local.t >= d.day + i.opens
          and now_local.t < d.day + i.closes
                            + case when i.closes <= i.opens then interval '1 day' else interval '0 days' end)
$$;
