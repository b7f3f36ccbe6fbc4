-- When an edition reminds the holders of unsubmitted drafts: times counted back from each one's own deadline (the
-- edition's close, or their extension's end), as ISO-8601 offsets separated by commas: P<n>D keeps the deadline's
-- local time in the edition's zone, PT<n>H is absolute. Empty: no draft reminders.
alter table edition add column draft_reminders varchar(100) not null default 'P7D,PT24H';
