-- Replacing a firm's locations (PATCH /api/v1/members/{id} with locations) writes the new list's rows before it
-- removes the ones left out, as Hibernate flushes inserts before deletes: a new location taking the position of one
-- being removed broke the unique (member_id, position) row by row, and the request answered 500. The rule holds for
-- the list as committed, so it is checked at commit.
alter table location drop constraint location_member_id_position_key;
alter table location add constraint location_member_id_position_key unique (member_id, position)
    deferrable initially deferred;
