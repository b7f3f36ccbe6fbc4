-- Partners: the sites that embed the directory. Every key belongs to one; a partner's administrators (role
-- partner, claim partner_id) manage their own keys within the ceilings staff set.
CREATE TABLE partner (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    contact_email text,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    -- A partner merged into another keeps its row (its id may sit in tokens) and hands its keys over.
    merged_into   uuid REFERENCES partner (id)
);

-- Each key made before partners existed gets a partner of its own, named after the key's label, with the key's
-- id (unique already); staff merge those that are one partner.
INSERT INTO partner (id, name, created_at, created_by) SELECT id, name, created_at, created_by FROM api_key;

ALTER TABLE api_key
    ADD COLUMN partner_id                 uuid REFERENCES partner (id),
    -- The most the partner may set the key's limits to; only staff raise them.
    ADD COLUMN max_requests_per_minute    integer,
    ADD COLUMN max_requests_per_day       integer,
    -- A rotated key's former secret keeps working until the overlap ends.
    ADD COLUMN previous_secret_hash       bytea UNIQUE,
    ADD COLUMN previous_secret_expires_at timestamptz,
    ADD COLUMN rotated_at                 timestamptz;
UPDATE api_key SET partner_id = id, max_requests_per_minute = requests_per_minute,
                   max_requests_per_day = requests_per_day;
ALTER TABLE api_key
    ALTER COLUMN partner_id SET NOT NULL,
    ALTER COLUMN max_requests_per_minute SET NOT NULL,
    ALTER COLUMN max_requests_per_day SET NOT NULL,
    ADD CONSTRAINT api_key_limits_under_ceiling CHECK (requests_per_minute <= max_requests_per_minute
                                                       AND requests_per_day <= max_requests_per_day),
    ADD CONSTRAINT api_key_previous_secret_expires
        CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL));
CREATE INDEX api_key_by_partner ON api_key (partner_id);
