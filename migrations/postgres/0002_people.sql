-- People and the link between them: Gemeinden, organisations, Integrationsmanager,
-- administrators, clients, consent, invites, the relay map, join requests, the audit log.
-- Same logical schema as migrations/sqlite/0002_people.sql.
-- Times are UTC milliseconds since the Unix epoch.

CREATE TABLE organisations (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('gemeinde', 'landkreis', 'traeger', 'verbund')),
    created_at  BIGINT NOT NULL
);

CREATE TABLE gemeinden (
    id          BIGSERIAL PRIMARY KEY,
    ags         TEXT NOT NULL UNIQUE,      -- Amtlicher Gemeindeschlüssel, 8 digits
    name        TEXT NOT NULL,
    landkreis   TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT 'Europe/Berlin',
    created_at  BIGINT NOT NULL
);

CREATE TABLE managers (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    telegram_id     BIGINT UNIQUE,        -- NULL until the invite is used
    display_name    TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'inactive')),
    absent_until    BIGINT,
    substitute_id   BIGINT REFERENCES managers (id),
    created_at      BIGINT NOT NULL
);

CREATE TABLE manager_gemeinden (
    manager_id  BIGINT NOT NULL REFERENCES managers (id),
    gemeinde_id BIGINT NOT NULL REFERENCES gemeinden (id),
    PRIMARY KEY (manager_id, gemeinde_id)
);

-- Administrators beyond the global ones of config.toml: scoped to an organisation or a
-- Gemeinde (exactly one of the two).
CREATE TABLE admin_scopes (
    id              BIGSERIAL PRIMARY KEY,
    telegram_id     BIGINT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id),
    gemeinde_id     BIGINT REFERENCES gemeinden (id),
    created_at      BIGINT NOT NULL,
    CHECK ((organisation_id IS NULL) <> (gemeinde_id IS NULL))
);
CREATE INDEX admin_scopes_telegram ON admin_scopes (telegram_id);

-- A client is known to their manager by a short label (initials or a case reference);
-- no name is stored.
CREATE TABLE clients (
    id              BIGSERIAL PRIMARY KEY,
    manager_id      BIGINT NOT NULL REFERENCES managers (id),
    gemeinde_id     BIGINT NOT NULL REFERENCES gemeinden (id),
    label           TEXT NOT NULL,
    language        TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'unreachable', 'ended')),
    telegram_id     BIGINT UNIQUE,        -- NULL until linked
    linked_at       BIGINT,
    support_until   BIGINT,
    last_contact_at BIGINT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX clients_manager ON clients (manager_id);

CREATE TABLE consents (
    client_id   BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('contact', 'reminders', 'announcements')),
    granted_at  BIGINT NOT NULL,
    PRIMARY KEY (client_id, purpose)
);

-- Only the SHA-256 of an invite payload is kept.
CREATE TABLE invites (
    id          BIGSERIAL PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('manager', 'client')),
    manager_id  BIGINT REFERENCES managers (id),
    client_id   BIGINT REFERENCES clients (id) ON DELETE CASCADE,
    created_by  BIGINT NOT NULL,           -- Telegram id of who made it; 0 = command line
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    revoked_at  BIGINT
);

-- Routing of replies: which message in a recipient's chat stands for which client.
-- Message ids and times only, never content.
CREATE TABLE relay_messages (
    chat_id     BIGINT NOT NULL,
    message_id  BIGINT NOT NULL,
    client_id   BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);

-- Who did what, when: never message content. `subject` is a kind and id ("client:12").
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL
);

-- What a client told the bot once a day at most ("outside office hours" notices).
CREATE TABLE notices_sent (
    client_id   BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    day         TEXT NOT NULL,
    PRIMARY KEY (client_id, kind, day)
);
