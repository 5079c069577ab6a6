-- Appointments and deadlines. A one-off local time is stored as its UTC instant plus the
-- IANA zone it was entered in, so "Tuesday 14:30 in Hemmingen" stays 14:30 across DST.
-- The reminders themselves are outbox rows (kind 'reminder'), tied to their appointment
-- or deadline by `outbox.subject`, so a change replaces exactly the pending ones.
-- Times are UTC milliseconds since the Unix epoch.

CREATE TABLE appointments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    starts_at           INTEGER NOT NULL,
    time_zone           TEXT NOT NULL,
    place               TEXT NOT NULL,
    topic               TEXT NOT NULL,           -- a preset key (jobcenter …) or free text
    leads               TEXT NOT NULL,           -- reminder leads, e.g. '1d,2h'
    status              TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'cancelled', 'attended', 'missed')),
    answer              TEXT CHECK (answer IN ('yes', 'no')),
    answered_at         INTEGER,
    -- Raised by every reschedule: buttons of an older version are stale.
    version             INTEGER NOT NULL DEFAULT 1,
    -- When to tell the manager that the client has not answered (the first reminder).
    answer_check_at     INTEGER,
    -- When to ask the manager whether the client came (the next morning).
    followup_at         INTEGER,
    created_at          INTEGER NOT NULL
);
CREATE INDEX appointments_client ON appointments (client_id, starts_at);
CREATE INDEX appointments_answer_check ON appointments (answer_check_at);
CREATE INDEX appointments_followup ON appointments (followup_at);

CREATE TABLE deadlines (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    due_on          TEXT NOT NULL,               -- local date, YYYY-MM-DD
    time_zone       TEXT NOT NULL,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('jobcenter', 'aufenthalt', 'integrationskurs', 'widerspruch', 'other')),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_at         INTEGER,
    -- When the manager is alerted that it passed undone (the morning after).
    overdue_at      INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX deadlines_client ON deadlines (client_id, due_on);
CREATE INDEX deadlines_overdue ON deadlines (overdue_at);

-- What an outbox row belongs to ('appointment:12', 'deadline:3'), so that a change
-- replaces the pending rows of exactly that thing.
ALTER TABLE outbox ADD COLUMN subject TEXT;
CREATE INDEX outbox_subject ON outbox (subject);

-- Timed jobs (the manager digest): the last occurrence that was handled, so that one
-- that fell into a restart is still run once and none runs twice.
CREATE TABLE job_runs (
    name        TEXT PRIMARY KEY NOT NULL,
    last_at     INTEGER NOT NULL
);
