-- Nomination emails to a nominee's address (consent requests, reminders, reissued links), counted so that an address
-- gets only a few a day however many entrants name it. The address is kept only as the SHA-256 of its lower case:
-- the count needs no copy of it.
create table nominee_email (
    id               bigserial primary key,
    recipient_sha256 varchar(64)  not null,
    queued_at        timestamptz  not null
);
create index nominee_email_recipient on nominee_email (recipient_sha256, queued_at desc);
