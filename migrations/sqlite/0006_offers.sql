-- Local offers (language courses, counselling, clubs …), kept per Gemeinde or for a whole
-- Landkreis by administrators and shown to clients in their language.
-- Times are UTC milliseconds since the Unix epoch; dates are local, YYYY-MM-DD.

CREATE TABLE offers (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id   TEXT NOT NULL UNIQUE,          -- chosen by whoever keeps the list
    category      TEXT NOT NULL
                  CHECK (category IN ('sprache', 'arbeit', 'beratung', 'familie', 'gesundheit', 'freizeit', 'wohnen')),
    landkreis     TEXT,                          -- set: every Gemeinde of this Landkreis sees it
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    web           TEXT NOT NULL DEFAULT '',
    languages     TEXT NOT NULL DEFAULT '',      -- spoken there: codes, comma-separated
    schedule      TEXT,                          -- five-field cron expression, local time
    valid_from    TEXT,
    valid_until   TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX offers_landkreis ON offers (landkreis);

-- Title, description and times per language; German ('de') always exists.
CREATE TABLE offer_texts (
    offer_id      INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    times         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (offer_id, language)
);

CREATE TABLE offer_gemeinden (
    offer_id      INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    gemeinde_id   INTEGER NOT NULL REFERENCES gemeinden (id),
    PRIMARY KEY (offer_id, gemeinde_id)
);
CREATE INDEX offer_gemeinden_gemeinde ON offer_gemeinden (gemeinde_id);

-- A client said "I am interested" (their manager was told once). Deleted with the client.
CREATE TABLE offer_interests (
    offer_id      INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (offer_id, client_id)
);
CREATE INDEX offer_interests_client ON offer_interests (client_id);
