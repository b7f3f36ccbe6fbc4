-- A message's secret (a consent link's token) is kept apart from its body, and only until the message is sent.
alter table mail_outbox add column secret text;

-- Consent requests queued before: the token (43 URL-safe base64 characters) leaves the body; unsent ones keep it
-- apart until they are sent, sent ones lose it.
update mail_outbox
set secret = case when sent_at is null
                  then substring(body from '(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])') end,
    body   = regexp_replace(body, '(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', '{secret}', 'g')
where subject like '%: your consent is needed'
  and body ~ '(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])';
