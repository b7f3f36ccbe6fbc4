-- What a partner can see of its keys' use (#22), per key and UTC day. Each gateway process counts in memory and
-- adds its counts here every flush interval and at shutdown (upserts that add), so the tables see a few writes per
-- key and interval, not one per request. Only counts: no client address, no query; of a search, only the state of
-- the ZIP it named and the ZIP's first three digits.
CREATE TABLE key_usage (
    api_key_id              uuid   NOT NULL REFERENCES api_key (id),
    day                     date   NOT NULL,
    -- Answers by status class, the gateway's own refusals included; rate_limited is the part of status_4xx that
    -- were 429.
    status_2xx              bigint NOT NULL,
    status_3xx              bigint NOT NULL,
    status_4xx              bigint NOT NULL,
    status_5xx              bigint NOT NULL,
    rate_limited            bigint NOT NULL,
    -- Directory searches answered (200 or 304), and those of them whose total was 0.
    searches                bigint NOT NULL,
    searches_without_result bigint NOT NULL,
    -- Answers per latency bucket (usage.LatencyBuckets: log-spaced, each at most 12.5% wide), added up element by
    -- element across flushes and processes; the 95th percentile is read from them.
    latency_buckets         bigint[] NOT NULL,
    PRIMARY KEY (api_key_id, day)
);

-- A key's searches per day by the state (dimension 'state', e.g. OH) and the 3-digit prefix (dimension 'zip3',
-- e.g. 432) of the ZIP they named; only ZIPs the gateway knows, so the values stay few.
CREATE TABLE key_search_usage (
    api_key_id uuid   NOT NULL,
    day        date   NOT NULL,
    dimension  text   NOT NULL CHECK (dimension IN ('state', 'zip3')),
    value      text   NOT NULL,
    searches   bigint NOT NULL,
    PRIMARY KEY (api_key_id, day, dimension, value),
    FOREIGN KEY (api_key_id, day) REFERENCES key_usage (api_key_id, day)
);
