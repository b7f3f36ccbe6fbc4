-- When an edition's results become public. Until then (and while unset) the public results answer 404.
alter table edition add column results_publish_at timestamptz;

-- The public citation of a 20 Under 40 honoree, written by staff when they confirm the honoree.
alter table dossier add column citation varchar(1000);

-- The nominee's agreement that their photo be published with the results; false until they give it.
alter table nomination add column photo_publication_consent boolean not null default false;
