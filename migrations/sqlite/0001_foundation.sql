-- Foundation: the people who talk to the bot, their dialogue state, the outbox.
-- Times are UTC instants in milliseconds since the Unix epoch.

-- One row per Telegram user who has talked to the bot. Nothing but what is needed:
-- the id Telegram gave them and the language they chose (NULL: not chosen yet).
CREATE TABLE users (
    id          INTEGER PRIMARY KEY NOT NULL, -- Telegram user id = private chat id
    language    TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Where a person is in a multi-step dialogue (JSON), per private chat.
CREATE TABLE dialogues (
    chat_id     INTEGER PRIMARY KEY NOT NULL,
    state       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Everything that is not an immediate answer is sent from here (see delivery/).
-- A row carries a message id and arguments, not rendered text: it is rendered in the
-- recipient's language at send time.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL,
    recipient_id  INTEGER NOT NULL,
    template      TEXT    NOT NULL,
    args          TEXT    NOT NULL DEFAULT '{}',
    due_at        INTEGER NOT NULL,
    expires_at    INTEGER,
    dedupe_key    TEXT UNIQUE,
    state         TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dropped', 'unknown')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    lease_until   INTEGER,
    last_error    TEXT,
    created_at    INTEGER NOT NULL,
    sent_at       INTEGER,
    telegram_message_id INTEGER
);
CREATE INDEX outbox_due ON outbox (state, due_at);
CREATE INDEX outbox_recipient ON outbox (recipient_id);
