-- The text search matches a firm's name and a location's city against the text (contained, trigram-similar, or one
-- edit away). Matched row by row, it rechecked every firm and every location the trigram indexes let through: a
-- common surname or a city ending like the text ('whitfield': every Springfield and Westfield) meant thousands of
-- wide member rows and locations, and the similarity of each. The same names and cities recur across firms and
-- locations (150,000 locations lie in fewer than 20,000 cities): matched here once per distinct lowercased name or
-- city, the search then finds the firms and locations by equality on the indexes below.
--
-- Terms are only ever added, by these statement-level triggers in the transaction that writes the name or the city,
-- so a search sees a firm's term whenever it sees the firm. A term no firm uses any more stays: it matches nothing,
-- and removing it could race with a firm that takes that name at the same moment.
create table search_term (
    term text primary key
);
insert into search_term (term)
select lower(name) from member
union
select lower(city) from location;
-- Searched on every text search and written only when a name or a city is new: without GIN's pending list, which
-- a search would scan in full until a vacuum emptied it, and which makes the planner pass the index by meanwhile.
create index search_term_trgm on search_term using gin (term gin_trgm_ops) with (fastupdate = off);

-- The column whose lowercased values are terms is the trigger's argument: name on member, city on location.
create function search_term_add() returns trigger language plpgsql as $$
begin
    execute format('insert into search_term (term) select distinct lower(%I) from changed on conflict do nothing',
                   tg_argv[0]);
    return null;
end $$;

create trigger search_term_member_insert after insert on member
    referencing new table as changed for each statement execute function search_term_add('name');
create trigger search_term_member_update after update on member
    referencing new table as changed for each statement execute function search_term_add('name');
create trigger search_term_location_insert after insert on location
    referencing new table as changed for each statement execute function search_term_add('city');
create trigger search_term_location_update after update on location
    referencing new table as changed for each statement execute function search_term_add('city');

-- The matched terms lead to firms and locations by equality (also the search's exact city filter). The trigram
-- indexes on the names and cities themselves serve nothing any more.
create index member_name_lower on member (lower(name));
create index location_city_lower on location (lower(city));
drop index member_name_trgm;
drop index location_city_trgm;

-- Statistics for the new table and expression indexes: the search's plans depend on them.
analyze search_term;
analyze member;
analyze location;
