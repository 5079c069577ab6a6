-- Retention: when support ended (deletion follows retention.delete_after_days later), and
-- the figures of the yearly report kept as counts per month and Gemeinde, without any
-- reference to a person, so that deleting a client does not change them.
ALTER TABLE clients ADD COLUMN ended_at BIGINT;
-- Clients ended before this migration: their retention period starts now.
UPDATE clients SET ended_at = (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT WHERE status = 'ended';

CREATE TABLE archived_figures (
    month       TEXT    NOT NULL,   -- YYYY-MM (UTC)
    gemeinde_id BIGINT  NOT NULL REFERENCES gemeinden (id),
    figure      TEXT    NOT NULL,
    value       BIGINT  NOT NULL,
    PRIMARY KEY (month, gemeinde_id, figure)
);
