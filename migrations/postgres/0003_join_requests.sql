-- People who found the bot without an invite and ask to be taken on in a Gemeinde.
CREATE TABLE join_requests (
    id          BIGSERIAL PRIMARY KEY,
    telegram_id BIGINT NOT NULL,
    gemeinde_id BIGINT NOT NULL REFERENCES gemeinden (id),
    language    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
    client_id   BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL,
    decided_at  BIGINT
);
-- One open request per person at a time.
CREATE UNIQUE INDEX join_requests_open ON join_requests (telegram_id) WHERE status = 'open';
