-- The images of an entry that staff chose to show with the published results. The public sees one only once the
-- edition's results are published and only while its entry is a finalist or winner; choosing is not showing.
create table published_image (
    image_id  uuid primary key references entry_image (id) on delete cascade,
    entry_id  uuid         not null references entry (id) on delete cascade,
    chosen_by varchar(200) not null,
    chosen_at timestamptz  not null
);
create index published_image_entry on published_image (entry_id);
