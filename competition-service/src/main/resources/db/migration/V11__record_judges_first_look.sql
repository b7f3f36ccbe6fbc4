-- When the judge was first shown the entries of the round (listed them or opened one). From then on, or once the
-- round opens, a tie declared to a firm would make its entries vanish from the judge's list and so name them: the
-- judge recuses per entry instead.
alter table judge_assignment add column shown_at timestamptz;
