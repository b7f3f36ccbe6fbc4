-- Editions changed by staff after they opened (PATCH /api/v1/editions/{id}).

-- When staff last changed an edition (PATCH /api/v1/editions/{id}): the calendar feed's DTSTAMP and LAST-MODIFIED.
-- Editions opened before it count as changed when they were opened.
alter table edition add column updated_at timestamptz;
update edition set updated_at = created_at;

-- Staff change the categories as one list (a code keeps its row's values, its position may move): the list is
-- written back position by position, so two codes may share a moment inside the transaction; the rule that a code
-- is used once per edition holds at commit.
alter table edition_category drop constraint edition_category_edition_id_code_key;
alter table edition_category add constraint edition_category_edition_id_code_key unique (edition_id, code)
    deferrable initially deferred;
