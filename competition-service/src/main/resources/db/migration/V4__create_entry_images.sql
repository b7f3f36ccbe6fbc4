-- The images (or PDFs) of CASE entries, 1 to 6 per entry to submit. The files live here, beside their entry, so that
-- an upload and the entry change it makes commit together; sha256 is of the stored bytes, as the receipt lists it.
create table entry_image (
    id         uuid primary key,
    entry_id   uuid         not null references entry (id) on delete cascade,
    position   int          not null,
    kind       varchar(20)  not null check (kind in ('PHOTO', 'RENDERING')),
    media_type varchar(40)  not null,
    width      int,
    height     int,
    size_bytes int          not null check (size_bytes > 0),
    sha256     varchar(64)  not null,
    content    bytea        not null,
    thumbnail  bytea        not null,
    created_at timestamptz  not null,
    unique (entry_id, position)
);
