-- Notices (reminders, outcomes, judges' mail, broadcasts) go out through mail_outbox: a message now has a key (the
-- notice's), from which its Message-ID is derived, an HTML part, extra headers (List-Unsubscribe) and one attachment
-- (a calendar invitation). A key is queued once: the unique index is what makes two replicas, a restart or a
-- redelivered event enqueue a notice once.
alter table mail_outbox
    add column message_key     text,
    add column html            text,
    add column headers         text,
    add column attachment_name varchar(200),
    add column attachment_type varchar(200),
    add column attachment      text;
create unique index mail_outbox_message_key on mail_outbox (message_key);

-- Every notice decided: queued (its message is in mail_outbox under the same key) or cancelled before it was sent
-- (the draft submitted, the judge finished, the address unsubscribed). The key is (kind, subject, slot, recipient).
create table notice (
    key        text primary key,
    kind       varchar(40)  not null,
    subject_id uuid         not null,
    slot       varchar(60)  not null,
    recipient  varchar(320) not null,
    edition_id uuid         references edition (id) on delete cascade,
    status     varchar(20)  not null check (status in ('queued', 'cancelled')),
    decided_at timestamptz  not null
);
create index notice_recipient on notice (lower(recipient), decided_at);
create index notice_subject on notice (subject_id, kind);

-- Addresses that asked, by one click, for no more of one kind of reminder. Transactional notices ignore it.
create table notice_opt_out (
    recipient varchar(320) not null,
    kind      varchar(40)  not null,
    at        timestamptz  not null,
    primary key (recipient, kind)
);

-- The key that signs unsubscribe links: 256 random bits made by the first replica that needs it, shared by all,
-- never configured (so never left at a default) and never leaving the database.
create table notice_link_key (
    id  int   primary key check (id = 1),
    key bytea not null
);
