-- libs/mail: email waiting to go out (to partners whose webhook was disabled), written in the transaction that decides
-- it and sent by the mail sender. The shape of competition-service's V8, V20 and V28 together; the webhook's column
-- names where a partner's notices go.
create table mail_outbox (
    id              uuid primary key,
    message_key     text,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    html            text,
    headers         text,
    secret          text,
    attachment_name varchar(200),
    attachment_type varchar(200),
    attachment      text,
    created_at      timestamptz   not null default now(),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null default now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create unique index mail_outbox_message_key on mail_outbox (message_key);

alter table webhook_endpoint add column notify_email varchar(320);
