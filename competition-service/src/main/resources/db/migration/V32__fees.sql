-- Entry fees (package fee). Money is integer cents with an ISO 4217 currency everywhere; card numbers never reach
-- us (the provider's hosted page takes them).

-- The edition's price schedule and refund policy, set in the edition's PATCH. Free until staff set a price.
alter table edition
    add column fee_currency          varchar(3) not null default 'USD' check (fee_currency ~ '^[A-Z]{3}$'),
    add column entry_fee_cents       bigint     not null default 0 check (entry_fee_cents >= 0),
    add column early_fee_cents       bigint     check (early_fee_cents >= 0),
    add column early_fee_until       timestamptz,
    add column nomination_fee_cents  bigint     not null default 0 check (nomination_fee_cents >= 0),
    add column refund_on_withdrawal  boolean    not null default false,
    add column refund_on_ineligible  boolean    not null default false;

-- A category's own price (and early-bird price), in place of the edition's.
create table edition_category_fee (
    edition_id      uuid        not null references edition (id) on delete cascade,
    position        int         not null,
    category        varchar(60) not null,
    fee_cents       bigint      not null check (fee_cents >= 0),
    early_fee_cents bigint      check (early_fee_cents >= 0),
    primary key (edition_id, position)
);

-- A promo code: a percentage or an amount off, up to max_uses uses, within a window, optionally for some categories
-- only. held counts open checkouts that reserved a use, used the completed ones; held + used never passes max_uses,
-- which the one conditional UPDATE that reserves a use keeps under concurrency.
create table promo_code (
    id               uuid         primary key,
    edition_id       uuid         not null references edition (id) on delete cascade,
    code             varchar(40)  not null,
    percent_off      int          check (percent_off between 1 and 100),
    amount_off_cents bigint       check (amount_off_cents > 0),
    max_uses         int          not null check (max_uses > 0),
    held             int          not null default 0 check (held >= 0),
    used             int          not null default 0 check (used >= 0),
    valid_from       timestamptz,
    valid_until      timestamptz,
    categories       varchar(1000) not null default '',
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    check ((percent_off is null) <> (amount_off_cents is null))
);
create unique index promo_code_per_edition on promo_code (edition_id, upper(code));

-- One entrant's payment for one or several drafts of one edition, through one provider Checkout Session.
create table checkout (
    id               uuid         primary key,
    edition_id       uuid         not null references edition (id) on delete cascade,
    owner_subject    varchar(200) not null,
    status           varchar(20)  not null check (status in ('open', 'completed', 'expired')),
    currency         varchar(3)   not null,
    amount_cents     bigint       not null check (amount_cents >= 0),
    promo_code_id    uuid         references promo_code (id),
    provider_session varchar(255) unique,
    pay_url          varchar(2000),
    payment_intent   varchar(255),
    last_failure     varchar(500),
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    completed_at     timestamptz,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index checkout_owner on checkout (owner_subject, created_at desc);
create index checkout_edition on checkout (edition_id, created_at desc);
create index checkout_open on checkout (expires_at) where status = 'open';
create index checkout_payment_intent on checkout (payment_intent);

-- What each draft of a checkout costs, and the rule that decided it (kept as eligibility evidence is).
create table checkout_line (
    checkout_id    uuid         not null references checkout (id) on delete cascade,
    position       int          not null,
    subject_type   varchar(20)  not null check (subject_type in ('entry', 'nomination')),
    subject_id     uuid         not null,
    category       varchar(60),
    title          varchar(200) not null,
    list_cents     bigint       not null check (list_cents >= 0),
    discount_cents bigint       not null check (discount_cents >= 0),
    amount_cents   bigint       not null check (amount_cents >= 0),
    rule           varchar(500) not null,
    primary key (checkout_id, position)
);
create index checkout_line_subject on checkout_line (subject_id);

-- Where each entry or nomination stands on its fee: held by an open checkout, paid, waived by staff, or refunded.
-- One row per subject, so that two checkouts cannot hold the same draft.
create table submission_fee (
    subject_id   uuid         primary key,
    subject_type varchar(20)  not null check (subject_type in ('entry', 'nomination')),
    edition_id   uuid         not null references edition (id) on delete cascade,
    status       varchar(20)  not null check (status in ('held', 'paid', 'waived', 'refunded')),
    checkout_id  uuid         references checkout (id),
    amount_cents bigint       not null default 0,
    reason       varchar(1000),
    decided_by   varchar(200),
    decided_at   timestamptz  not null
);
create index submission_fee_edition on submission_fee (edition_id, status);

-- Money returned: asked for by a withdrawal (per the edition's policy) or by staff, sent to the provider by the
-- fee sweep (so a provider that is down delays a refund but never loses it), confirmed by its answer. A refund the
-- provider reports that we did not ask for (made in its dashboard) is recorded with actor 'provider'.
create table refund (
    id               uuid          primary key,
    checkout_id      uuid          not null references checkout (id) on delete cascade,
    subject_id       uuid,
    amount_cents     bigint        not null check (amount_cents > 0),
    status           varchar(20)   not null check (status in ('requested', 'succeeded', 'failed')),
    reason           varchar(1000) not null,
    actor            varchar(200)  not null,
    provider_refund  varchar(255)  unique,
    failure          varchar(500),
    attempts         int           not null default 0,
    requested_at     timestamptz   not null,
    settled_at       timestamptz
);
create index refund_checkout on refund (checkout_id);
create index refund_requested on refund (requested_at) where status = 'requested';

-- Provider events already processed, by the provider's event id: a redelivered event changes nothing.
create table payment_event (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    received_at timestamptz  not null
);
