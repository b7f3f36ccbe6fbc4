-- Browser keys (in partner pages, taken only from their allowed origins) and server keys (secret, never in a page,
-- without origins). Every key made before types existed sits in some partner's page: a browser key.
ALTER TABLE api_key ADD COLUMN type text NOT NULL DEFAULT 'browser' CHECK (type IN ('browser', 'server'));
ALTER TABLE api_key ALTER COLUMN type DROP DEFAULT;
ALTER TABLE api_key ADD CONSTRAINT api_key_origins_fit_type
    CHECK ((type = 'browser') = (cardinality(allowed_origins) > 0));
