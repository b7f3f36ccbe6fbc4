-- Partner API keys. Only the SHA-256 of each secret is kept: the secret is shown once, at creation.
CREATE TABLE api_key (
    id                    uuid PRIMARY KEY,
    name                  text        NOT NULL,
    -- The first characters of the secret, so that staff can tell keys apart without the secret.
    prefix                text        NOT NULL,
    secret_hash           bytea       NOT NULL UNIQUE,
    allowed_origins       text[]      NOT NULL,
    requests_per_minute   integer     NOT NULL CHECK (requests_per_minute > 0),
    requests_per_day      integer     NOT NULL CHECK (requests_per_day > 0),
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    revoked_at            timestamptz
);

-- Requests counted per limit and fixed window, shared by every gateway process. Each process adds its local
-- count in batches (an upsert), so the table sees a few writes per window and key, not one per request.
CREATE TABLE rate_counter (
    bucket        text        NOT NULL,
    window_start  timestamptz NOT NULL,
    count         bigint      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE INDEX rate_counter_window_start ON rate_counter (window_start);
