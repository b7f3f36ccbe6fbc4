-- A spotlight story drafted from a 20 Under 40 award names its award: one story per award, however often the
-- award's event arrives (redelivered, or republished under a new event id).
alter table article add column award_id uuid unique;
