-- Custody, second step: the packing slip's code that identifies a piece when scanned, intake photos, when a finalist
-- was withdrawn (its piece is then awaited home), and each edition's log head, so that rows cut from the log's end
-- show as well as rows changed in it.

-- A random code per piece, printed on its packing slip as a QR code; scanning it is the only lookup a receipt needs.
alter table custody
    add column scan_code    varchar(32),
    add column withdrawn_at timestamptz;
update custody set scan_code = replace(gen_random_uuid()::text, '-', '') where scan_code is null;
update custody set withdrawn_at = requested_at where withdrawn and withdrawn_at is null;
alter table custody alter column scan_code set not null;
create unique index custody_by_scan_code on custody (scan_code);

-- Photos taken at intake, through the same intake as entry images (metadata stripped, a thumbnail kept).
create table custody_photo (
    id          uuid         primary key,
    entry_id    uuid         not null references custody (entry_id),
    position    int          not null,
    media_type  varchar(40)  not null,
    width       int,
    height      int,
    size_bytes  int          not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    thumbnail   bytea        not null,
    created_at  timestamptz  not null,
    unique (entry_id, position)
);

-- The last row of each edition's log, written with it. The chain shows a row changed or removed in the middle;
-- the head shows rows removed from the end. Someone who cuts the end and rewinds the head as well is still seen
-- unless they also rewind the pieces' states, which verify compares with each piece's last logged step.
create table custody_log_head (
    edition_id uuid        primary key references edition (id),
    sequence   bigint      not null,
    hmac       varchar(64) not null
);
insert into custody_log_head (edition_id, sequence, hmac)
select distinct on (edition_id) edition_id, sequence, hmac from custody_log order by edition_id, sequence desc;
