-- The latest aggregate version each read model holds, so that an older event is ignored.
create table events_read_model_versions (
    model        text        not null,
    aggregate_id text        not null,
    version      bigint      not null,
    updated_at   timestamptz not null default now(),
    primary key (model, aggregate_id)
);
