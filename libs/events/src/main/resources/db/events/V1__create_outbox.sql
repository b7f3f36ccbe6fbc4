-- Events written in the same transaction as the change they announce; the relay publishes them in id order.
create table events_outbox (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    event_key   text        not null,
    event_type  text        not null,
    payload     jsonb       not null,
    traceparent text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);

create index events_outbox_pending on events_outbox (id) where sent_at is null;
create index events_outbox_sent on events_outbox (sent_at) where sent_at is not null;
