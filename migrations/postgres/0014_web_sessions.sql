-- The web workplace: one-time sign-in links sent by the bot's /web, and browser sessions.
-- Only SHA-256 hashes of the secrets are stored, so a copy of the database opens nothing.
CREATE TABLE web_sign_ins (
    token_hash  TEXT    PRIMARY KEY,
    telegram_id BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);

CREATE TABLE web_sessions (
    id_hash     TEXT    PRIMARY KEY,
    telegram_id BIGINT NOT NULL,
    csrf        TEXT    NOT NULL,
    created_at  BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL   -- the latest end (created_at + 7 days); idle ends it sooner
);
CREATE INDEX web_sessions_person ON web_sessions (telegram_id);
