-- Email waiting to go out: written in the transaction that decides to send it (a submit, a consent request), sent
-- from here by a scheduled sender that retries with backoff while the SMTP server is away.
create table mail_outbox (
    id              uuid primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    created_at      timestamptz   not null default now(),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null default now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
