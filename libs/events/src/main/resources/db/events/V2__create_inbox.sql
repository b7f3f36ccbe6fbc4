-- Event ids each consumer group has processed, recorded in the same transaction as the effect.
create table events_inbox (
    consumer_group text        not null,
    event_id       uuid        not null,
    processed_at   timestamptz not null default now(),
    primary key (consumer_group, event_id)
);
