-- The change feed (issue #22): every change a partner can see of the public directory, in the order it committed.
-- seq is the cursor. Rows are written under one transaction-scoped advisory lock (MemberChanges), so that a lower
-- seq never commits after a higher one and a reader past a cursor misses nothing.
create table member_change (
    seq         bigint      generated always as identity primary key,
    id          uuid        not null unique,
    member_id   uuid        not null,
    type        text        not null check (type in ('member.listed', 'member.updated', 'member.unlisted')),
    version     bigint      not null,
    occurred_at timestamptz not null,
    -- The public listing for listed and updated; for unlisted only the id and version, no contact fields.
    data        jsonb       not null
);
create index member_change_member on member_change (member_id, seq);

-- A partner's subscription of an HTTPS endpoint to the feed. delivered_through is the cursor of the last change the
-- endpoint acknowledged: deliveries go one at a time in feed order, so each member's changes arrive in order.
create table webhook_endpoint (
    id                uuid        primary key,
    partner_id        uuid        not null,
    url               text        not null,
    description       text,
    secret            text        not null,
    enabled           boolean     not null default true,
    disabled_reason   text,
    delivered_through bigint      not null,
    failing_since     timestamptz,
    failures          int         not null default 0,
    next_attempt_at   timestamptz not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index webhook_endpoint_partner on webhook_endpoint (partner_id, created_at);
create index webhook_endpoint_due on webhook_endpoint (next_attempt_at) where enabled;

-- The delivery log: one row per attempt, newest read first.
create table webhook_attempt (
    id           bigint      generated always as identity primary key,
    endpoint_id  uuid        not null references webhook_endpoint (id) on delete cascade,
    change_seq   bigint      not null,
    message_id   uuid        not null,
    type         text        not null,
    attempted_at timestamptz not null,
    status       int,
    error        text,
    succeeded    boolean     not null
);
create index webhook_attempt_endpoint on webhook_attempt (endpoint_id, id desc);
