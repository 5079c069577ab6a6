-- Foundation: the people who talk to the bot, their dialogue state, the outbox.
-- Same logical schema as migrations/sqlite/0001_foundation.sql.
-- Times are UTC instants in milliseconds since the Unix epoch.

CREATE TABLE users (
    id          BIGINT PRIMARY KEY,  -- Telegram user id = private chat id
    language    TEXT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE dialogues (
    chat_id     BIGINT PRIMARY KEY,
    state       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE outbox (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT    NOT NULL,
    recipient_id  BIGINT  NOT NULL,
    template      TEXT    NOT NULL,
    args          TEXT    NOT NULL DEFAULT '{}',
    due_at        BIGINT  NOT NULL,
    expires_at    BIGINT,
    dedupe_key    TEXT UNIQUE,
    state         TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dropped', 'unknown')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    lease_until   BIGINT,
    last_error    TEXT,
    created_at    BIGINT  NOT NULL,
    sent_at       BIGINT,
    telegram_message_id BIGINT
);
CREATE INDEX outbox_due ON outbox (state, due_at);
CREATE INDEX outbox_recipient ON outbox (recipient_id);
