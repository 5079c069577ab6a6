-- Same logical schema as migrations/sqlite/0007_broadcasts.sql.
-- Announcements (broadcasts) by managers and administrators, and the opt-out of one
-- offer's announcements. Times are UTC milliseconds since the Unix epoch.
--
-- The messages themselves are outbox rows (kind 'announcement', subject 'broadcast:<id>',
-- dedupe key 'broadcast:<id>:<client id>'), written when the broadcast starts.

CREATE TABLE broadcasts (
    id            BIGSERIAL PRIMARY KEY,
    author_id     BIGINT NOT NULL,             -- Telegram id of the manager or administrator
    manager_id    BIGINT REFERENCES managers (id),  -- audience: this manager's clients …
    gemeinde_id   BIGINT REFERENCES gemeinden (id), -- … and/or this Gemeinde's
    languages     TEXT NOT NULL DEFAULT '',     -- only these languages (comma-separated); '' = all
    offer_id      BIGINT REFERENCES offers (id) ON DELETE SET NULL,
    texts         TEXT NOT NULL,                -- JSON object: language → text; 'de' always
    status        TEXT NOT NULL DEFAULT 'scheduled'
                  CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    send_at       BIGINT NOT NULL,
    started_at    BIGINT,
    finished_at   BIGINT,
    recipients    BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    CHECK (manager_id IS NOT NULL OR gemeinde_id IS NOT NULL)
);
CREATE INDEX broadcasts_due ON broadcasts (status, send_at);

-- A client who no longer wants the announcements of one offer they were interested in.
ALTER TABLE offer_interests ADD COLUMN muted BOOLEAN NOT NULL DEFAULT FALSE;
