-- Announcements (broadcasts) by managers and administrators, and the opt-out of one
-- offer's announcements. Times are UTC milliseconds since the Unix epoch.
--
-- The messages themselves are outbox rows (kind 'announcement', subject 'broadcast:<id>',
-- dedupe key 'broadcast:<id>:<client id>'), written when the broadcast starts.

CREATE TABLE broadcasts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id     INTEGER NOT NULL,             -- Telegram id of the manager or administrator
    manager_id    INTEGER REFERENCES managers (id),  -- audience: this manager's clients …
    gemeinde_id   INTEGER REFERENCES gemeinden (id), -- … and/or this Gemeinde's
    languages     TEXT NOT NULL DEFAULT '',     -- only these languages (comma-separated); '' = all
    offer_id      INTEGER REFERENCES offers (id) ON DELETE SET NULL,
    texts         TEXT NOT NULL,                -- JSON object: language → text; 'de' always
    status        TEXT NOT NULL DEFAULT 'scheduled'
                  CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    send_at       INTEGER NOT NULL,
    started_at    INTEGER,
    finished_at   INTEGER,
    recipients    INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    CHECK (manager_id IS NOT NULL OR gemeinde_id IS NOT NULL)
);
CREATE INDEX broadcasts_due ON broadcasts (status, send_at);

-- A client who no longer wants the announcements of one offer they were interested in.
ALTER TABLE offer_interests ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;
