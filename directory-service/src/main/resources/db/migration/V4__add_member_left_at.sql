-- A firm that leaves the association is kept (history, honors, roster matching) but never listed again.
alter table member add column left_at timestamptz;
