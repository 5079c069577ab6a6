-- Webhook updates, recorded before Telegram gets its 200: a delivery Telegram repeats (its
-- retry after a timeout, or to another instance) finds its update_id here and is not
-- handled again. The payload (the update's JSON, which may hold a message) is kept only
-- until the update is handled, then set to NULL; a row whose handling an instance did not
-- finish (it died) is taken up by another instance once claimed_until has passed. Handled rows
-- are deleted a day after they arrived.
CREATE TABLE inbound_updates (
    update_id     BIGINT PRIMARY KEY,
    received_at   BIGINT NOT NULL,
    payload       TEXT,
    claimed_by    TEXT,
    claimed_until BIGINT
);
CREATE INDEX inbound_updates_unhandled ON inbound_updates (claimed_until)
    WHERE payload IS NOT NULL;

-- Running instances (PostgreSQL serves several): each writes its heartbeat every few
-- seconds; those seen lately share the global send budget.
CREATE TABLE instances (
    instance_id TEXT   PRIMARY KEY,
    started_at  BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL
);
