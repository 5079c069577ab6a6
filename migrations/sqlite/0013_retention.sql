-- Retention: when support ended (deletion follows retention.delete_after_days later), and
-- the figures of the yearly report kept as counts per month and Gemeinde, without any
-- reference to a person, so that deleting a client does not change them.
ALTER TABLE clients ADD COLUMN ended_at INTEGER;
-- Clients ended before this migration: their retention period starts now.
UPDATE clients SET ended_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000 WHERE status = 'ended';

CREATE TABLE archived_figures (
    month       TEXT    NOT NULL,   -- YYYY-MM (UTC)
    gemeinde_id INTEGER NOT NULL REFERENCES gemeinden (id),
    figure      TEXT    NOT NULL,
    value       INTEGER NOT NULL,
    PRIMARY KEY (month, gemeinde_id, figure)
);
